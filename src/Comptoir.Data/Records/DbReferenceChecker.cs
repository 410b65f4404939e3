using Comptoir.Core.FieldTypes;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Data.Records;

/// <summary>Answers field types' database questions for one user; remembers owner names for the save that follows.</summary>
public sealed class DbReferenceChecker(AppDbContext db, SettingsStore settings, UserContext user) : IReferenceChecker
{
    private readonly Dictionary<OwnerRef, string?> _owners = [];

    public async Task<string?> OwnerNameAsync(OwnerRef owner, CancellationToken ct)
    {
        if (_owners.TryGetValue(owner, out var known)) return known;
        // The acting user was read (active) at the start of this request: no need to ask again.
        if (owner.Kind == OwnerKind.User && owner.Id == user.UserId) return _owners[owner] = user.DisplayName;
        var name = owner.Kind == OwnerKind.User
            ? await db.Users.AsNoTracking().Where(u => u.Id == owner.Id && u.IsActive).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : await db.Teams.AsNoTracking().Where(t => t.Id == owner.Id).Select(t => t.Name).FirstOrDefaultAsync(ct);
        return _owners[owner] = name;
    }

    public async Task<bool> RecordExistsAsync(string module, long id, CancellationToken ct) => module switch
    {
        Core.Accounts.AccountsModule.Name => await db.Accounts.AsNoTracking()
            .Where(await Visibility.FilterAsync<Core.Accounts.Account>(settings, module, user, ct))
            .AnyAsync(a => a.Id == id, ct),
        Core.Contacts.ContactsModule.Name => await db.Contacts.AsNoTracking()
            .Where(await Visibility.ContactsAsync(db, settings, user, ct))
            .AnyAsync(c => c.Id == id, ct),
        Core.Accounting.LedgerAccountsModule.Name => await db.LedgerAccounts.AsNoTracking()
            .Where(await Visibility.LedgerAccountsAsync(db, settings, user, ct))
            .AnyAsync(l => l.Id == id, ct),
        Core.Pricing.ProductsModule.Name => await db.Products.AsNoTracking().AnyAsync(p => p.Id == id, ct),
        Core.Pricing.PriceListsModule.Name => await db.PriceLists.AsNoTracking().AnyAsync(p => p.Id == id, ct),
        _ => false,
    };
}
