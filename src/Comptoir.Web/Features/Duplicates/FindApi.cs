using Comptoir.Data.Duplicates;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Jobs;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// POST /api/v1/{module}/duplicates/find starts « Trouver les doublons » (202, the job); GET /api/v1/{module}/duplicates/groups
/// reads the latest finished run's groups by keyset, each with the records the caller may see (docs/duplicates.md).
/// </summary>
public static class FindApi
{
    public const int DefaultLimit = 50, MaxLimit = 200;

    public static void Map(RouteGroupBuilder group, ModuleRegistration registration)
    {
        var module = registration.Name;
        var schema = registration.Definition.ApiSchema;
        group.MapPost("/duplicates/find", (HttpContext http, CurrentUser current, RecordStores stores, CancellationToken ct) =>
                FindAsync(http, stores.For(module)!, current, ct))
            .WithName("Find" + schema + "Duplicates")
            .WithSummary(() => OpenApiText.T("Lance « Trouver les doublons » sur tout le module, selon sa règle de doublons (ou la règle proposée) : 202 et Location: /api/v1/jobs/{id}. Une recherche déjà en cours est suivie plutôt que relancée."))
            .Produces(202).ProducesProblem(404);
        group.MapGet("/duplicates/groups", (HttpContext http, CurrentUser current, RecordStores stores, DuplicateGroupStore groups, CancellationToken ct) =>
                GroupsAsync(http, stores.For(module)!, current, groups, ct))
            .WithName("List" + schema + "DuplicateGroups")
            .WithSummary(() => OpenApiText.T("Les groupes de doublons de la dernière recherche terminée, les plus grands d'abord : ids (ceux que vous voyez, du plus ancien au plus récent), count, hidden, fields, records [{id, number, name}] ; limit (1 à 200) et cursor (reprenez « next »)."))
            .ProducesValidationProblem().ProducesProblem(404);
    }

    private static async Task<IResult> FindAsync(HttpContext http, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (store.Module.Duplicates is null) return ApiProblems.NotFound();
        var job = await FindStart.StartAsync(store, user, http.RequestServices, ct);
        return TypedResults.Accepted(JobsApi.Location(http, job), JobJson.From(job));
    }

    private static async Task<IResult> GroupsAsync(HttpContext http, IRecordStore store, CurrentUser current, DuplicateGroupStore groups, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (store.Module.Duplicates is null) return ApiProblems.NotFound();
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var limit = DefaultLimit;
        if (http.Request.Query["limit"].ToString() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            errors["limit"] = [DuplicatesText.T("« limit » doit être un nombre entier entre 1 et {0}.", MaxLimit)];
        long after = 0;
        if (http.Request.Query["cursor"].ToString() is { Length: > 0 } cursor
            && !long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out after))
            errors["cursor"] = [DuplicatesText.T("Curseur invalide : reprenez « next » de la page précédente.")];
        if (errors.Count > 0) return ApiProblems.InvalidQuery(errors);

        var run = await groups.LatestAsync(store.Module.Name, ct);
        var items = new JsonArray();
        string? next = null;
        if (run is not null)
        {
            var page = await groups.PageAsync(run, after, limit + 1, ct);
            if (page.Count > limit)
            {
                page.RemoveAt(limit);
                next = page[^1].Id.ToString(CultureInfo.InvariantCulture);
            }
            foreach (var found in await FoundGroups.ForAsync(store, user, page, ct)) items.Add(Json(found));
        }
        return TypedResults.Ok(new JsonObject
        {
            ["job"] = run?.JobId,
            ["finishedAt"] = run?.FinishedAt,
            ["total"] = run?.Groups ?? 0,
            ["items"] = items,
            ["next"] = next,
        });
    }

    private static JsonObject Json(FoundGroup found) => new()
    {
        ["ids"] = new JsonArray([.. found.Records.Select(r => (JsonNode)r.Id)]),
        ["count"] = found.Group.Count,
        ["hidden"] = found.Hidden,
        ["fields"] = new JsonArray([.. found.Group.FieldList().Select(f => (JsonNode)f)]),
        ["records"] = new JsonArray([.. found.Records.Select(r => (JsonNode)new JsonObject { ["id"] = r.Id, ["number"] = r.Number, ["name"] = r.Name })]),
    };
}
