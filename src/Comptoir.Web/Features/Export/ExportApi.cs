using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Export;

/// <summary>GET /api/v1/{module}/export?format=csv|xlsx and the list's own parameters, for every module of the catalog.</summary>
public static class ExportApi
{
    public static void Map(RouteGroupBuilder group, ModuleRegistration registration, IServiceProvider services)
    {
        var module = registration.Name;
        var own = services.GetKeyedService<ModuleFile>(module);
        group.MapGet("/export", async (HttpContext http, CurrentUser current, RecordStores stores, CancellationToken ct) =>
            {
                var user = await current.RequireAsync(ct);
                if (own is not null && !http.Request.Query.ContainsKey("format")) return own.Result(http, user);
                return Answer(http, stores.For(module)!, user, out _);
            })
            .WithName("Export" + registration.Definition.ApiSchema + "s")
            .WithSummary(() => (own is null ? "" : own.Summary() + " ") + OpenApiText.T(
                "Ce que la liste montre, en fichier : ?format=csv (points-virgules, UTF-8 avec BOM, CRLF, en-têtes et formats français) ou xlsx ; les paramètres de la liste (q, sort, order, filtres), ?columns= (clés séparées par des virgules, par défaut les colonnes de la liste), ?ids= (les lignes cochées). Une valeur qui commence par = + - @, une tabulation ou un retour chariot est écrite comme du texte."))
            .Produces(200, contentType: "text/csv")
            .Produces(200, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesValidationProblem();
    }

    /// <summary>The file, or the 400 that names each refused parameter; <paramref name="errors"/> for a page that shows them.</summary>
    public static IResult Answer(HttpContext http, IRecordStore store, UserContext user, out IReadOnlyDictionary<string, List<string>> errors)
    {
        var (request, refused) = ExportQuery.Read(store.Module, http.Request.Query);
        errors = refused;
        return request is null
            ? ApiProblems.InvalidQuery(refused, ExportText.T("Export impossible"))
            : ExportFile.Result(http, store, user, request);
    }
}
