using System.Globalization;
using System.Text.Json.Nodes;
using Comptoir.Core.Accounts;
using Comptoir.Data.RecycleBin;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Api;
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
            .WithSummary($"Deleted records the caller could see, newest first: ?limit= (1 to {RecycleBinStore.MaxLimit}), ?cursor= from nextCursor. "
                + "related counts what went with each (deletedContacts) and the links its deletion cleared, which a restore puts back.")
            .ProducesValidationProblem();
        group.MapPost("/{module}/{id:long}/restore", RestoreAsync)
            .WithName("RestoreRecord")
            .WithSummary("Brings a record back (accounts, contacts, ledger-accounts) with the contacts deleted with it and the links its deletion cleared; answers the record.")
            .ProducesProblem(404);
        group.MapDelete("/", EmptyAsync)
            .WithName("EmptyRecycleBin")
            .WithSummary("Administrators: deletes for good every record in the bin. Numbers and ledger codes are never given again.")
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
            operation.Description = "Moves the record to the recycle bin (GET /api/v1/recycle-bin): it disappears from lists, search and the API (404) "
                + "until restored with POST /api/v1/recycle-bin/" + module + "/{id}/restore. Its number is never given again.";
            if (module != AccountsModule.Name) return Task.CompletedTask;
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = ContactsParameter,
                In = ParameterLocation.Query,
                Description = "What becomes of the account's contacts: keep (default) leaves them without account; delete sends them to the bin with it. "
                    + "Either way a restore puts them back on the account.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("keep"), JsonValue.Create("delete")] },
            });
            return Task.CompletedTask;
        };
}
