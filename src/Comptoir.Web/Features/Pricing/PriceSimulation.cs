using Comptoir.Core.Accounts;
using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;

namespace Comptoir.Web.Features.Pricing;

/// <summary>
/// « Simuler un prix » on an account's Résumé tab: a GET form (?product=&amp;quantity=&amp;groupQuantity=)
/// re-renders the page with the quote, so it works without JavaScript and the result can be linked.
/// </summary>
public sealed class PriceSimulation
{
    public required long AccountId { get; init; }
    public required PricingContext Context { get; init; }
    public required IReadOnlyList<ProductChoice> Products { get; init; }
    public string ProductText { get; init; } = "";
    public string QuantityText { get; init; } = "";
    public string GroupQuantityText { get; init; } = "";
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);
    public AccountQuote? Result { get; set; }
    public long GroupQuantity { get; set; }

    public static string Money(decimal amount) => amount.ToString("N2", CultureInfo.CurrentCulture) + " €";
    public static string Percent(decimal rate) => (rate / 1.0000000000000000000000000000m).ToString(CultureInfo.CurrentCulture) + " %";

    /// <param name="account">Read by the page with the user's visibility.</param>
    public static async Task<PriceSimulation> RunAsync(IServiceProvider services, UserContext user, Account account, IQueryCollection query, CancellationToken ct)
    {
        var quotes = services.GetRequiredService<PriceQuotes>();
        var context = await quotes.ContextAsync(user, account, PricingClock.Today(), ct);
        var simulation = new PriceSimulation
        {
            AccountId = account.Id,
            Context = context,
            Products = await services.GetRequiredService<ProductChoices>().ActiveAsync(ct),
            ProductText = query["product"].ToString().Trim(),
            QuantityText = query["quantity"].ToString().Trim(),
            GroupQuantityText = query["groupQuantity"].ToString().Trim(),
        };
        if (!query.ContainsKey("product") && !query.ContainsKey("quantity")) return simulation;

        long productId = 0;
        if (!long.TryParse(simulation.ProductText, NumberStyles.None, CultureInfo.InvariantCulture, out productId) || productId <= 0)
            simulation.Errors["product"] = PricesText.T("Choisissez un produit.");
        var (quantity, error) = Quantities.Parse(simulation.QuantityText, PricesText.T("Quantité"));
        if (error is not null) simulation.Errors["quantity"] = error;
        if (simulation.GroupQuantityText.Length > 0)
        {
            var (group, groupError) = Quantities.Parse(simulation.GroupQuantityText, PricesText.T("Quantité du reste du groupe"));
            if (groupError is not null) simulation.Errors["groupQuantity"] = groupError;
            else simulation.GroupQuantity = group!.Value;
        }
        if (simulation.Errors.Count > 0) return simulation;

        var result = await quotes.QuoteAsync(context, productId, quantity!.Value, simulation.GroupQuantity, ct);
        if (result.Status == QuoteStatus.ProductNotFound) simulation.Errors["product"] = PricesText.T("Aucun produit n°{0}.", productId);
        else simulation.Result = result;
        return simulation;
    }

    /// <summary>« À partir de 101 : 8,00 € » or « À partir de 101 : remise de 20 % ».</summary>
    public static string Describe(PriceBracket bracket) => bracket.UnitPrice is { } price
        ? PricesText.T("À partir de {0} : {1}", bracket.FromQuantity.ToString("N0", CultureInfo.CurrentCulture), Money(price))
        : PricesText.T("À partir de {0} : remise de {1}", bracket.FromQuantity.ToString("N0", CultureInfo.CurrentCulture), Percent(bracket.DiscountPercent!.Value));
}
