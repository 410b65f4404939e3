using Comptoir.Core.Pricing;
using Comptoir.Data.Accounts;

namespace Comptoir.Data.Pricing;

public enum QuoteStatus { Priced, AccountNotFound, ProductNotFound }

public sealed record PriceListRef(long Id, string Name);

/// <summary>An account of the pricing group (the parent and its subsidiaries), as far as the user may see it.</summary>
public sealed record GroupMember(long Id, string Name, bool IsParent, bool IsSelf);

/// <summary>
/// What prices an account's orders: its price list when in force (or null, with a notice saying why not)
/// and, when the list has group-volume lines, the group whose quantities add up.
/// </summary>
public sealed record PricingContext(Account Account, PriceList? InForce, string? Notice, IReadOnlyList<GroupMember> Group)
{
    public bool HasGroupVolume => InForce is not null && PriceLinesJson.Read(InForce.Lines).Any(l => l.Strategy == PricingStrategy.GroupVolume);
    public PriceListRef? PriceList => InForce is null ? null : new(InForce.Id, InForce.Name);
}

public sealed record AccountQuote(QuoteStatus Status, PricingContext? Context = null, Product? Product = null, PriceQuote? Quote = null, string? Notice = null)
{
    public PriceListRef? PriceList => Context?.PriceList;
}

/// <summary>
/// The pricing service: an account (as the user may see it), its price list, a product and a quantity
/// → the quote. The group's other members' quantities come from the caller, who knows the order.
/// </summary>
public sealed class PriceQuotes(AppDbContext db, AccountStore accounts)
{
    public async Task<PricingContext?> ContextAsync(UserContext user, long accountId, DateOnly today, CancellationToken ct)
    {
        var account = await accounts.FindAsync(user, accountId, ct);
        return account is null ? null : await ContextAsync(user, account, today, ct);
    }

    /// <summary>The context of an account already read with the user's visibility.</summary>
    public async Task<PricingContext> ContextAsync(UserContext user, Account account, DateOnly today, CancellationToken ct)
    {
        var list = account.PriceListId is { } listId
            ? await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(p => p.Id == listId, ct)
            : null;
        string? notice = null;
        if (list is not null && !list.Active)
            notice = PricingText.T("La grille tarifaire « {0} » est inactive : les prix catalogue s'appliquent.", list.Name);
        else if (list?.ValidTo is { } to && to < today)
            notice = PricingText.T("La grille tarifaire « {0} » a expiré le {1} : les prix catalogue s'appliquent.", list.Name, Day(to));
        else if (list?.ValidFrom is { } from && from > today)
            notice = PricingText.T("La grille tarifaire « {0} » ne s'applique qu'à partir du {1} : les prix catalogue s'appliquent.", list.Name, Day(from));
        var inForce = notice is null ? list : null;
        var context = new PricingContext(account, inForce, notice, []);
        return context.HasGroupVolume ? context with { Group = await GroupAsync(user, account, ct) } : context;
    }

    /// <param name="groupQuantity">Group volume: the combined quantity of the group's other members (0 when only this account orders).</param>
    public async Task<AccountQuote> QuoteAsync(UserContext user, long accountId, long productId, long quantity, long groupQuantity,
        DateOnly today, CancellationToken ct)
    {
        var context = await ContextAsync(user, accountId, today, ct);
        if (context is null) return new(QuoteStatus.AccountNotFound);
        return await QuoteAsync(context, productId, quantity, groupQuantity, ct);
    }

    public async Task<AccountQuote> QuoteAsync(PricingContext context, long productId, long quantity, long groupQuantity, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return new(QuoteStatus.ProductNotFound, context);

        var line = context.InForce is null ? null : PriceLinesJson.Read(context.InForce.Lines).FirstOrDefault(l => l.ProductId == productId);
        var quote = PriceCalculator.Quote(product.UnitPrice, ProductsModule.VatPercent(product.VatRate), line, quantity,
            line?.Strategy == PricingStrategy.GroupVolume ? groupQuantity : 0);
        var notice = context.Notice
            ?? (context.InForce is { } list && line is null
                ? PricingText.T("« {0} » n'a pas de ligne dans la grille « {1} » : prix catalogue.", product.Name, list.Name)
                : null);
        if (!product.Active)
            notice = (notice is null ? "" : notice + " ") + PricingText.T("Ce produit est inactif.");
        return new(QuoteStatus.Priced, context, product, quote, notice);
    }

    /// <summary>The parent and its subsidiaries (or, for a head of group, itself and its subsidiaries) the user may see.</summary>
    private async Task<IReadOnlyList<GroupMember>> GroupAsync(UserContext user, Account account, CancellationToken ct)
    {
        var head = account.ParentAccountId ?? account.Id;
        var members = await (await accounts.VisibleAsync(user, ct)).AsNoTracking()
            .Where(a => a.Id == head || a.ParentAccountId == head)
            .OrderBy(a => a.NameKey).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Name })
            .Take(200)
            .ToListAsync(ct);
        return members.ConvertAll(m => new GroupMember(m.Id, m.Name, m.Id == head, m.Id == account.Id));
    }

    private static string Day(DateOnly day) => day.ToString("d", System.Globalization.CultureInfo.CurrentCulture);
}
