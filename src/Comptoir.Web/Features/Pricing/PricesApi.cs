using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Pricing;

/// <summary>GET /api/v1/accounts/{id}/prices: what a quantity of a product costs this account.</summary>
public static class PricesApi
{
    public static void Map(RouteGroupBuilder accounts) =>
        accounts.MapGet("/{id:long}/prices", QuoteAsync)
            .WithName("GetAccountPrice")
            .WithSummary(() => OpenApiText.T("Le prix de ?quantity= unités de ?product= pour le compte, selon sa grille tarifaire (prix catalogue quand aucune ne s'applique). ?groupQuantity= (0 par défaut) est la quantité cumulée commandée par les AUTRES membres du groupe du compte (sa maison mère et les filiales de celle-ci) ; seules les lignes groupVolume s'en servent pour choisir la tranche."))
            .WithDescription(() => OpenApiText.T("Les montants sont des décimaux arrondis au centime le plus proche (0,5 vers le haut) sur la ligne : unitPrice, totalExclTax, vatAmount, totalInclTax. strategy vaut volume, tranches, groupVolume ou null (prix catalogue) ; bracket est la tranche appliquée ; priceList est la grille en vigueur ou null ; notice explique une grille ignorée (expirée, inactive) ou un produit sans ligne."))
            .WithParameterDescription("product", () => OpenApiText.T("Id du produit (obligatoire)."))
            .WithParameterDescription("quantity", () => OpenApiText.T("Unités entières, de 0 à 1000000000 (obligatoire)."))
            .WithParameterDescription("groupQuantity", () => OpenApiText.T("Unités commandées par les autres membres du groupe du compte (0 par défaut) ; seules les lignes groupVolume s'en servent."))
            .ProducesValidationProblem().ProducesProblem(404);

    // Query values bind as text so that a bad one is a field error in French, not the framework's bare 400.
    private static async Task<IResult> QuoteAsync(long id,
        [FromQuery] string? product, [FromQuery] string? quantity, [FromQuery] string? groupQuantity,
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
