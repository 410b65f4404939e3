using System.ComponentModel;
using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Comptoir.Web.Features.Pricing;

/// <summary>GET /api/v1/accounts/{id}/prices: what a quantity of a product costs this account.</summary>
public static class PricesApi
{
    public static void Map(RouteGroupBuilder accounts) =>
        accounts.MapGet("/{id:long}/prices", QuoteAsync)
            .WithName("GetAccountPrice")
            .WithSummary("Prices ?quantity= units of ?product= for the account with its price list (catalogue price when none applies). "
                + "?groupQuantity= (default 0) is the combined quantity ordered by the OTHER members of the account's group "
                + "(its parent and the parent's subsidiaries); only group-volume lines use it to choose the bracket.")
            .WithDescription("Amounts are decimals rounded half-up to the cent on the line: unitPrice, totalExclTax, vatAmount, totalInclTax. "
                + "strategy is volume, tranches, groupVolume or null (catalogue price); bracket is the one that applied; "
                + "priceList is the list in force or null; notice explains an ignored (expired, inactive) list or a product without a line.")
            .ProducesValidationProblem().ProducesProblem(404);

    // Query values bind as text so that a bad one is a field error in French, not the framework's bare 400.
    private static async Task<IResult> QuoteAsync(long id,
        [FromQuery, Description("Id of the product (required).")] string? product,
        [FromQuery, Description("Whole units, 0 to 1000000000 (required).")] string? quantity,
        [FromQuery, Description("Units ordered by the other members of the account's group (default 0); used by groupVolume lines only.")] string? groupQuantity,
        HttpContext http, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        long productId = 0;
        var productText = (product ?? "").Trim();
        if (productText.Length == 0) errors["product"] = [PricesText.T("Indiquez le produit (?product=id).")];
        else if (!long.TryParse(productText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out productId) || productId <= 0)
            errors["product"] = [PricesText.T("Produit invalide : un identifiant numérique est attendu.")];

        var (units, quantityError) = Quantities.Parse(quantity, "quantity");
        if (quantityError is not null) errors["quantity"] = [quantityError];
        long others = 0;
        if (!string.IsNullOrWhiteSpace(groupQuantity))
        {
            var (group, groupError) = Quantities.Parse(groupQuantity, "groupQuantity");
            if (groupError is not null) errors["groupQuantity"] = [groupError];
            else others = group!.Value;
        }
        if (errors.Count > 0) return ApiProblems.Validation(errors);

        var quotes = ActivatorUtilities.GetServiceOrCreateInstance<PriceQuotes>(http.RequestServices);
        var result = await quotes.QuoteAsync(user, id, productId, units!.Value, others, PricingClock.Today(), ct);
        return result.Status switch
        {
            QuoteStatus.AccountNotFound => ApiProblems.NotFound(),
            QuoteStatus.ProductNotFound => ApiProblems.Validation("product", PricesText.T("Aucun produit n°{0}.", productId)),
            _ => TypedResults.Ok(PriceQuoteJson.From(result, others)),
        };
    }
}
