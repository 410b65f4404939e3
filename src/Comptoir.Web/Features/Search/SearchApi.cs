using System.Text.Json.Nodes;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Search;

/// <summary>GET /api/v1/search?q=&amp;limit=: the top bar's search, grouped by module (limit hits in each).</summary>
public static class SearchApi
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", SearchAsync)
            .WithName("Search")
            .WithSummary(() => OpenApiText.T("Cherche dans les comptes, contacts, comptes comptables et produits : le début de n'importe quel mot du nom, un numéro, un code, un SIRET ou SIREN, un email ou « @domaine », un téléphone ; ?limit= résultats par module (1 à 50, 10 par défaut)."))
            .ProducesValidationProblem();

    private static async Task<IResult> SearchAsync(HttpContext http, CurrentUser current, RecordStores stores, ModuleCatalog catalog, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (q, limit, errors) = SearchRequest.Read(http.Request.Query);
        if (q is null)
            return ApiProblems.InvalidQuery(errors, SearchText.T("Recherche invalide"));
        var groups = new JsonArray();
        foreach (var group in await GlobalSearch.RunAsync(stores, catalog, user, q, limit, ct))
        {
            var hits = new JsonArray();
            foreach (var hit in group.Hits)
                hits.Add(new JsonObject { ["id"] = hit.Id, ["number"] = hit.Number, ["title"] = hit.Title, ["context"] = hit.Context, ["url"] = hit.Url });
            groups.Add(new JsonObject { ["module"] = group.Module, ["label"] = group.Label, ["hits"] = hits });
        }
        return TypedResults.Ok(new JsonObject { ["query"] = q, ["groups"] = groups });
    }
}
