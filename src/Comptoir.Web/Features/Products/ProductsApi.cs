using System.Globalization;
using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Pricing;

namespace Comptoir.Web.Features.Products;

/// <summary>/api/v1/products: the catalogue (code, name, unit, unitPrice, vatRate, active, description).</summary>
public static class ProductsApi
{
    public const string Schema = "Product";

    public static void Map(RouteGroupBuilder group)
    {
        // Applies to the group's DELETE too: a product that a price list prices is not deleted (409).
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (HttpMethods.IsDelete(http.Request.Method)
                && long.TryParse(http.Request.RouteValues["id"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await http.RequestServices.GetRequiredService<ProductStore>().DeletionRefusalAsync(id, http.RequestAborted) is { } refusal)
                return ApiProblems.Problem(StatusCodes.Status409Conflict, PricesText.T("Produit utilisé par une grille tarifaire"), refusal);
            return await next(context);
        });
        RecordEndpoints.Map<ProductStore, Product>(group, ProductsModule.Name, Schema, "a product");
    }
}
