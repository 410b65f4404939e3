using Comptoir.Data.Api;
using Comptoir.Data.History;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Docs;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Features.Api;

public enum RecordOperation { List, Get, Create, Update, Delete }

/// <summary>Endpoint metadata that lets the OpenAPI document attach the module's registry-built schemas.</summary>
public sealed record RecordApiMetadata(string Module, string Schema, RecordOperation Operation);

/// <summary>
/// CRUD over one registered module's store (<see cref="IRecordStore"/>): list, get, create (idempotent), partial
/// update, delete with ETag/If-Match and the module's delete options, and history. <see cref="ApiEndpoints"/> maps
/// it for every module of the <see cref="ModuleCatalog"/>.
/// </summary>
public static class RecordEndpoints
{
    /// <summary>/api/v1/{module}: route names and schemas from the definition's ApiSchema (ListAccounts, Account…), summaries from its ApiSingular, in the request's language.</summary>
    public static void Map(RouteGroupBuilder group, ModuleRegistration registration)
    {
        var module = registration.Name;
        var schema = registration.Definition.ApiSchema;
        var singular = registration.Definition.ApiSingular;
        group.MapGet("/", (HttpContext http, CurrentUser current, CancellationToken ct) =>
                ListAsync(http, Store(http, module), current, ct))
            .WithName("List" + schema + "s")
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.List))
            .ProducesValidationProblem();
        group.MapGet("/{id:long}", (long id, HttpContext http, CurrentUser current, CancellationToken ct) =>
                GetAsync(id, http, Store(http, module), current, ct))
            .WithName("Get" + schema)
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Get))
            .ProducesProblem(404);
        group.MapPost("/", (HttpContext http, CurrentUser current, IdempotencyStore idempotency, CancellationToken ct) =>
                CreateAsync(http, Store(http, module), current, idempotency, ct))
            .WithName("Create" + schema)
            .WithSummary(() => OpenApiText.T("Crée {0} ; un en-tête Idempotency-Key permet de réessayer sans risque.", singular.Get(CultureInfo.CurrentUICulture)))
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Create))
            .ProducesValidationProblem().ProducesProblem(409).ProducesProblem(415).ProducesProblem(422);
        group.MapPatch("/{id:long}", (long id, HttpContext http, CurrentUser current, CancellationToken ct) =>
                UpdateAsync(id, http, Store(http, module), current, ct))
            .WithName("Update" + schema)
            .WithSummary(() => OpenApiText.T("Ne change que les clés envoyées ; If-Match: \"<version>\" refuse d'écraser une modification plus récente (412)."))
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Update))
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(409).ProducesProblem(412).ProducesProblem(415);
        group.MapDelete("/{id:long}", (long id, HttpContext http, CurrentUser current, CancellationToken ct) =>
                DeleteAsync(id, http, registration, Store(http, module), current, ct))
            .WithName("Delete" + schema)
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Delete))
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412)
            .AddOpenApiOperationTransformer(RecycleBin.RecycleBinApi.DescribeDelete(registration));
        group.MapGet("/{id:long}/history", (long id, HttpContext http, CurrentUser current, RecordHistoryPages history, RecordNames names, CancellationToken ct) =>
                HistoryApi.GetAsync(id, http, Store(http, module), current, history, names, ct))
            .WithName("Get" + schema + "History")
            .WithSummary(() => OpenApiText.T("L'historique de ses modifications, de la plus récente à la plus ancienne : ?limit= (1 à 100), ?cursor= reçu dans nextCursor."))
            .ProducesValidationProblem().ProducesProblem(404);
    }

    // The request's own store (scoped), found by the module's name.
    private static IRecordStore Store(HttpContext http, string module) =>
        http.RequestServices.GetRequiredService<RecordStores>().For(module)!;

    private static async Task<IResult> ListAsync(HttpContext http, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var module = store.Module;
        // ?view={id}: a saved view's parameters, the address's added (Features/Views).
        var (query, viewProblem) = await Views.ViewsApi.ApplyAsync(http, module, user, ct);
        if (query is null) return viewProblem!;
        var (request, errors) = ListQuery.Read(module, query);
        if (request is null) return ApiProblems.InvalidQuery(errors);
        var page = await store.ListRecordsAsync(user, request, ct);
        var items = new JsonArray();
        foreach (var record in page.Items) items.Add(RecordJson.From(module, record, request.Columns));
        return TypedResults.Ok(new JsonObject { ["items"] = items, ["nextCursor"] = page.NextCursor, ["previousCursor"] = page.PreviousCursor });
    }

    private static async Task<IResult> GetAsync(long id, HttpContext http, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var record = await store.FindRecordAsync(await current.RequireAsync(ct), id, ct);
        if (record is null) return ApiProblems.NotFound();
        http.Response.Headers.ETag = ETags.Of(record.Version);
        return TypedResults.Ok(RecordJson.From(store.Module, record));
    }

    private static async Task<IResult> CreateAsync(HttpContext http, IRecordStore store, CurrentUser current, IdempotencyStore idempotency, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (key, keyError) = Idempotency.ReadKey(http.Request);
        if (keyError is not null) return keyError;
        var (body, bodyError) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return bodyError!;

        var hash = key is null ? "" : Idempotency.Hash(http.Request, body);
        if (key is not null && await idempotency.FindAsync(user.UserId, key, ct) is { } earlier)
            return Idempotency.Replay(http, earlier, hash);

        var module = store.Module;
        JsonObject? json = null;
        SaveOutcome<IRecord> outcome;
        try
        {
            // With a key, the answer is stored in the creation's transaction; without, it is built after it,
            // outside SQLite's write gate.
            var input = RecordInput.FromJson(body);
            input.DuplicateConfirmed = Duplicates.DuplicatesApi.AllowDuplicate(http.Request);
            outcome = await store.CreateRecordAsync(user, input, ct, key is null ? null : async record =>
            {
                json = RecordJson.From(module, record);
                await idempotency.RememberAsync(user.UserId, key, hash, StatusCodes.Status201Created, json, Location(http, record), ETags.Of(record.Version), ct);
            });
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key raced us from another request (unique index): the creation rolled back, answer with the winner's.
            if (await idempotency.FindWinnerAsync(user.UserId, key, ct) is { } winner) return Idempotency.Replay(http, winner, hash);
            throw;
        }
        if (outcome.Status == SaveStatus.Duplicate) return Duplicates.DuplicatesApi.Conflict(outcome.Duplicates!);
        if (outcome.Status != SaveStatus.Saved) return ApiProblems.Validation(outcome.Validation!.Errors);
        var created = outcome.Record!;
        http.Response.Headers.ETag = ETags.Of(created.Version);
        return TypedResults.Created(Location(http, created), json ?? RecordJson.From(module, created));
    }

    private static string Location(HttpContext http, IRecord record) =>
        http.Request.PathBase + http.Request.Path.Value!.TrimEnd('/') + "/" + record.Id.ToString(CultureInfo.InvariantCulture);

    private static async Task<IResult> UpdateAsync(long id, HttpContext http, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;
        var input = RecordInput.FromJson(body);
        input.DuplicateConfirmed = Duplicates.DuplicatesApi.AllowDuplicate(http.Request);
        var outcome = await store.UpdateRecordAsync(user, id, input, partial: true, ETags.ExpectedVersion(http.Request), ct);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound: return ApiProblems.NotFound();
            case SaveStatus.VersionMismatch: return ApiProblems.PreconditionFailed();
            case SaveStatus.Invalid: return ApiProblems.Validation(outcome.Validation!.Errors);
            case SaveStatus.Duplicate: return Duplicates.DuplicatesApi.Conflict(outcome.Duplicates!);
        }
        http.Response.Headers.ETag = ETags.Of(outcome.Record!.Version);
        return TypedResults.Ok(RecordJson.From(store.Module, outcome.Record));
    }

    private static async Task<IResult> DeleteAsync(long id, HttpContext http, ModuleRegistration registration, IRecordStore store, CurrentUser current, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        // Hidden or missing first (404), then who may delete (ledger accounts: administrators, 403), then the
        // module's refusal (a product still priced by a list, a ledger account a customer uses): 409 with its reason.
        if (await store.FindRecordAsync(user, id, ct) is null) return ApiProblems.NotFound();
        if (!store.MayDelete(user)) return Users.DirectoryApi.Forbidden(http, user);
        if (await store.DeletionRefusalAsync(user, id, ct) is { } refusal)
            return ApiProblems.Problem(StatusCodes.Status409Conflict, ApiText.T("Suppression refusée"), refusal);
        var (choices, choiceError) = RecycleBin.RecycleBinApi.DeleteChoicesOf(registration, http.Request.Query);
        if (choiceError is not null) return choiceError;
        var status = await store.DeleteAsync(user, id, ETags.ExpectedVersion(http.Request), choices, ct);
        return status switch
        {
            SaveStatus.NotFound => ApiProblems.NotFound(),
            SaveStatus.VersionMismatch => ApiProblems.PreconditionFailed(),
            SaveStatus.Forbidden => Users.DirectoryApi.Forbidden(http, user),
            _ => TypedResults.NoContent(),
        };
    }
}
