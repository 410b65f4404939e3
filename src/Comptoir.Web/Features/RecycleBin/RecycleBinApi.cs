using System.Globalization;
using System.Text.Json.Nodes;
using Comptoir.Core.Accounts;
using Comptoir.Data.RecycleBin;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Users;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.RecycleBin;

/// <summary>/api/v1/recycle-bin: what was deleted (as far as the caller could see it), restore, and emptying (administrators).</summary>
public static class RecycleBinApi
{
    public const int DefaultLimit = 25;
    public const string ContactsParameter = "contacts";

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
        if (errors.Count > 0) return ApiProblems.Validation(errors);

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
        ["related"] = new JsonObject
        {
            ["deletedContacts"] = item.Related.DeletedContacts.Count,
            ["unlinkedContacts"] = item.Related.UnlinkedContacts.Count,
            ["subsidiaries"] = item.Related.Subsidiaries.Count,
            ["reports"] = item.Related.Reports.Count,
            ["unlinkedAccounts"] = item.Related.UnlinkedAccounts.Count,
        },
    };

    /// <summary>DELETE /api/v1/accounts/{id}?contacts=keep|delete (keep when absent); other modules take no choice.</summary>
    public static (ContactsOnDelete Choice, IResult? Error) ContactsChoice(string module, IQueryCollection query)
    {
        if (module != AccountsModule.Name) return (ContactsOnDelete.Keep, null);
        return query[ContactsParameter].ToString().Trim().ToLowerInvariant() switch
        {
            "" or "keep" => (ContactsOnDelete.Keep, null),
            "delete" => (ContactsOnDelete.Delete, null),
            _ => (ContactsOnDelete.Keep, ApiProblems.Validation(ContactsParameter,
                RecycleBinText.T("« contacts » vaut keep (garder les contacts, sans compte) ou delete (les supprimer aussi)."))),
        };
    }

    /// <summary>Documents the recycle bin on a module's DELETE, and the accounts' contacts choice.</summary>
    public static Func<OpenApiOperation, OpenApiOperationTransformerContext, CancellationToken, Task> DescribeDelete(string module) =>
        (operation, _, _) =>
        {
            if (!RecycleBinModules.Has(module)) return Task.CompletedTask;
            operation.Description = OpenApiText.T("Envoie l'enregistrement à la corbeille (GET /api/v1/recycle-bin) : il disparaît des listes, de la recherche et de l'API (404) jusqu'à sa restauration par POST /api/v1/recycle-bin/{0}/{{id}}/restore. Son numéro n'est jamais redonné.", module);
            if (module != AccountsModule.Name) return Task.CompletedTask;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ContactsParameter,
                In = ParameterLocation.Query,
                Description = OpenApiText.T("Ce que deviennent les contacts du compte : keep (par défaut) les laisse sans compte ; delete les envoie à la corbeille avec lui. Dans les deux cas, une restauration les remet sur le compte."),
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("keep"), JsonValue.Create("delete")] },
            });
            return Task.CompletedTask;
        };
}
