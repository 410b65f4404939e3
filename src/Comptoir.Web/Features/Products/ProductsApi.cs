using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Products;

/// <summary>/api/v1/products: the catalogue (code, name, unit, unitPrice, vatRate, active, description).</summary>
public static class ProductsApi
{
    public const string Schema = "Product";

    public static void Map(RouteGroupBuilder group)
    {
        RecordEndpoints.Map<ProductStore, Product>(group, ProductsModule.Name, Schema, () => OpenApiText.T("un produit"));
    }
}
