using Comptoir.Core.Pricing;
using Comptoir.Data.Pricing;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.PriceLists;

/// <summary>/api/v1/price-lists: name, currency, validFrom, validTo, active, description and the lines.</summary>
public static class PriceListsApi
{
    public const string Schema = "PriceList";

    public static void Map(RouteGroupBuilder group) =>
        RecordEndpoints.Map<PriceListStore, PriceList>(group, PriceListsModule.Name, Schema, () => OpenApiText.T("une grille tarifaire"));
}
