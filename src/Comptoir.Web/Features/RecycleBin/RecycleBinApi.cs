using Comptoir.Data.Modules;
using Comptoir.Data.RecycleBin;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Users;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.RecycleBin;

/// <summary>/api/v1/recycle-bin: what was deleted (as far as the caller could see it), restore, and emptying (administrators).</summary>
public static class RecycleBinApi
{
    public const int DefaultLimit = 25;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync)
            .WithName("ListRecycleBin")
            .WithSummary(() => OpenApiText.T("Les enregistrements supprimés que l'appelant pouvait voir, du plus récent au plus ancien : ?limit= (1 à {0}), ?cursor= reçu dans nextCursor. related compte ce qui est parti avec chacun (deletedContacts) et les liens que sa suppression a effacés, qu'une restauration remet.", RecycleBinStore.MaxLimit))
            .ProducesValidationProblem();
        group.MapPost("/{module}/{id:long}/restore", RestoreAsync)
            .WithName("RestoreRecord")
            .WithSummary(() => OpenApiText.T("Restaure un enregistrement (comptes, contacts, comptes comptables) avec les contacts supprimés avec lui et les liens que sa suppression a effacés ; répond l'enregistrement."))
            .ProducesProblem(404);
        group.MapDelete("/", EmptyAsync)
            .WithName("EmptyRecycleBin")
            .WithSummary(() => OpenApiText.T("Administrateurs : supprime définitivement tout ce que contient la corbeille. Numéros et codes comptables ne sont jamais redonnés."))
            .ProducesProblem(403);
    }

    private static async Task<IResult> ListAsync(HttpContext http, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var limit = DefaultLimit;
        if (http.Request.Query["limit"].ToString() is { Length: > 0 } text
            && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > RecycleBinStore.MaxLimit))
            errors["limit"] = [RecycleBinText.T("« limit » doit être un nombre entier entre 1 et {0}.", RecycleBinStore.MaxLimit)];
        long? cursor = null;
        if (http.Request.Query["cursor"].ToString() is { Length: > 0 } after)
        {
            if (long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) cursor = id;
            else errors["cursor"] = [RecycleBinText.T("Curseur invalide : reprenez « nextCursor » de la page précédente.")];
        }
        if (errors.Count > 0) return ApiProblems.InvalidQuery(errors);

        var page = await RecycleBinModules.Bin(http.RequestServices).ListAsync(user, cursor, limit, ct);
        var items = new JsonArray();
        foreach (var item in page.Items) items.Add(Json(item));
        return TypedResults.Ok(new JsonObject
        {
            ["items"] = items,
            ["nextCursor"] = page.NextCursor?.ToString(CultureInfo.InvariantCulture),
        });
    }

    private static async Task<IResult> RestoreAsync(string module, long id, HttpContext http, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (RecycleBinModules.Store(http.RequestServices, module) is not { } store) return ApiProblems.NotFound();
        var status = await RecycleBinModules.RestoreAsync(http.RequestServices, module, user, id, ct);
        if (status != SaveStatus.Saved || await store.FindRecordAsync(user, id, ct) is not { } record) return ApiProblems.NotFound();
        http.Response.Headers.ETag = ETags.Of(record.Version);
        return TypedResults.Ok(RecordJson.From(store.Module, record));
    }

    private static async Task<IResult> EmptyAsync(HttpContext http, CurrentUser current, ILoggerFactory logs, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (!user.IsAdmin) return DirectoryApi.Forbidden(http, user);
        var count = await RecycleBinModules.Bin(http.RequestServices).EmptyAsync(ct);
        RecycleBinLog.Emptied(logs, user.UserId, count);
        return TypedResults.Ok(new JsonObject { ["emptied"] = count });
    }

    private static JsonObject Json(RecycleBinItem item) => new()
    {
        ["module"] = item.Entry.Module,
        ["id"] = item.Entry.RecordId,
        ["title"] = item.Entry.Title,
        ["deletedAt"] = DateTime.SpecifyKind(item.Entry.DeletedAt, DateTimeKind.Utc),
        ["deletedBy"] = new JsonObject { ["id"] = item.Entry.DeletedById, ["name"] = item.Entry.DeletedByName },
        ["related"] = Counts(item.Related),
        ["mergedInto"] = item.Related.MergedInto is { } into ? new JsonObject { ["id"] = into.Id, ["number"] = into.Number } : null,
    };

    /// <summary>How many records went with it, and how many links its deletion cleared, under the names the API has always used.</summary>
    private static JsonObject Counts(RelatedRecords related)
    {
        var counts = new JsonObject();
        foreach (var list in RelatedRecords.Legacy) counts[list.Name] = related.CountOf(list);
        return counts;
    }

    /// <summary>
    /// The module's delete options from the query (DELETE /api/v1/accounts/{id}?contacts=keep|delete; keep when absent):
    /// the choices, or the validation problem of a value that is neither.
    /// </summary>
    public static (DeleteChoices Choices, IResult? Error) DeleteChoicesOf(ModuleRegistration module, IQueryCollection query)
    {
        var with = new List<string>();
        foreach (var option in module.Options.DeleteWith)
            switch (query[option.Parameter].ToString().Trim().ToLowerInvariant())
            {
                case "" or DeleteWith.Keep: break;
                case DeleteWith.Delete: with.Add(option.Parameter); break;
                default: return (DeleteChoices.None, ApiProblems.Validation(option.Parameter, option.InvalidValue.ToString()));
            }
        return (with.Count == 0 ? DeleteChoices.None : DeleteChoices.Of([.. with]), null);
    }

    /// <summary>Documents the recycle bin on a module's DELETE, and the module's delete options.</summary>
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> DescribeDelete(ModuleRegistration module) =>
        (operation, _, _) =>
        {
            if (!module.GoesToBin) return Task.CompletedTask;
            operation.Description = OpenApiText.T("Envoie l'enregistrement à la corbeille (GET /api/v1/recycle-bin) : il disparaît des listes, de la recherche et de l'API (404) jusqu'à sa restauration par POST /api/v1/recycle-bin/{0}/{{id}}/restore. Son numéro n'est jamais redonné.", module.Name);
            foreach (var option in module.Options.DeleteWith)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = option.Parameter,
                    In = ParameterLocation.Query,
                    Description = option.ApiDescription.Get(CultureInfo.CurrentUICulture),
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(DeleteWith.Keep), JsonValue.Create(DeleteWith.Delete)] },
                });
            }
            return Task.CompletedTask;
        };
}
