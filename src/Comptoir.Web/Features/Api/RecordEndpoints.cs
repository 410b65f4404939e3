using System.Globalization;
using System.Text.Json.Nodes;
using Comptoir.Core.Records;
using Comptoir.Data.Api;
using Comptoir.Data.History;
using Comptoir.Data.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Features.Api;

public enum RecordOperation { List, Get, Create, Update, Delete }

/// <summary>Endpoint metadata that lets the OpenAPI document attach the module's registry-built schemas.</summary>
public sealed record RecordApiMetadata(string Module, string Schema, RecordOperation Operation);

/// <summary>
/// CRUD over one module's <see cref="RecordStore{T}"/>: list, get, create (idempotent), partial
/// update and delete with ETag/If-Match. Accounts use it today; contacts and the others will.
/// </summary>
public static class RecordEndpoints
{
    public static void Map<TStore, T>(RouteGroupBuilder group, string module, string schema, string singular)
        where TStore : RecordStore<T>
        where T : class, IRecord, new()
    {
        group.MapGet("/", (HttpContext http, CurrentUser current, CancellationToken ct) =>
                ListAsync(http, Store<TStore, T>(http), current, ct))
            .WithName("List" + schema + "s")
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.List))
            .ProducesValidationProblem();
        group.MapGet("/{id:long}", (long id, HttpContext http, CurrentUser current, CancellationToken ct) =>
                GetAsync(id, http, Store<TStore, T>(http), current, ct))
            .WithName("Get" + schema)
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Get))
            .ProducesProblem(404);
        group.MapPost("/", (HttpContext http, CurrentUser current, IdempotencyStore idempotency, CancellationToken ct) =>
                CreateAsync(http, Store<TStore, T>(http), current, idempotency, ct))
            .WithName("Create" + schema)
            .WithSummary($"Creates {singular}; send an Idempotency-Key header to retry safely.")
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Create))
            .ProducesValidationProblem().ProducesProblem(415).ProducesProblem(422);
        group.MapPatch("/{id:long}", (long id, HttpContext http, CurrentUser current, CancellationToken ct) =>
                UpdateAsync(id, http, Store<TStore, T>(http), current, ct))
            .WithName("Update" + schema)
            .WithSummary("Changes only the keys sent; If-Match: \"<version>\" refuses to overwrite a newer change (412).")
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Update))
            .ProducesValidationProblem().ProducesProblem(404).ProducesProblem(412).ProducesProblem(415);
        group.MapDelete("/{id:long}", (long id, HttpContext http, CurrentUser current, CancellationToken ct) =>
                DeleteAsync(id, http, Store<TStore, T>(http), current, ct))
            .WithName("Delete" + schema)
            .WithMetadata(new RecordApiMetadata(module, schema, RecordOperation.Delete))
            .Produces(204).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(412)
            .AddOpenApiOperationTransformer(RecycleBin.RecycleBinApi.DescribeDelete(module));
        group.MapGet("/{id:long}/history", (long id, HttpContext http, CurrentUser current, RecordHistoryReader history, Shared.Records.RecordNames names, CancellationToken ct) =>
                HistoryApi.GetAsync(id, http, Store<TStore, T>(http), current, history, names, ct))
            .WithName("Get" + schema + "History")
            .WithSummary($"The history of {singular}, newest first: ?limit= (1 to 100), ?cursor= from nextCursor.")
            .ProducesValidationProblem().ProducesProblem(404);
    }

    // The analyzer of route handlers cannot follow generic handler parameters: the store comes from the request's services.
    private static RecordStore<T> Store<TStore, T>(HttpContext http) where TStore : RecordStore<T> where T : class, IRecord, new() =>
        http.RequestServices.GetRequiredService<TStore>();

    private static async Task<IResult> ListAsync<T>(HttpContext http, RecordStore<T> store, CurrentUser current, CancellationToken ct)
        where T : class, IRecord, new()
    {
        var user = await current.RequireAsync(ct);
        var module = store.Module;
        var (request, errors) = ListQuery.Read(module, http.Request.Query);
        if (request is null) return ApiProblems.Validation(errors);
        var page = await store.ListAsync(user, request, ct);
        var items = new JsonArray();
        foreach (var record in page.Items) items.Add(RecordJson.From(module, record));
        return TypedResults.Ok(new JsonObject { ["items"] = items, ["nextCursor"] = page.NextCursor, ["previousCursor"] = page.PreviousCursor });
    }

    private static async Task<IResult> GetAsync<T>(long id, HttpContext http, RecordStore<T> store, CurrentUser current, CancellationToken ct)
        where T : class, IRecord, new()
    {
        var record = await store.FindAsync(await current.RequireAsync(ct), id, ct);
        if (record is null) return ApiProblems.NotFound();
        http.Response.Headers.ETag = ETags.Of(record.Version);
        return TypedResults.Ok(RecordJson.From(store.Module, record));
    }

    private static async Task<IResult> CreateAsync<T>(HttpContext http, RecordStore<T> store, CurrentUser current, IdempotencyStore idempotency, CancellationToken ct)
        where T : class, IRecord, new()
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
        SaveOutcome<T> outcome;
        try
        {
            // With a key, the answer is stored in the creation's transaction; without, it is built after it,
            // outside SQLite's write gate.
            outcome = await store.CreateAsync(user, RecordInput.FromJson(body), ct, key is null ? null : async record =>
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
        if (outcome.Status != SaveStatus.Saved) return ApiProblems.Validation(outcome.Validation!.Errors);
        var created = outcome.Record!;
        http.Response.Headers.ETag = ETags.Of(created.Version);
        return TypedResults.Created(Location(http, created), json ?? RecordJson.From(module, created));
    }

    private static string Location(HttpContext http, IRecord record) =>
        http.Request.PathBase + http.Request.Path.Value!.TrimEnd('/') + "/" + record.Id.ToString(CultureInfo.InvariantCulture);

    private static async Task<IResult> UpdateAsync<T>(long id, HttpContext http, RecordStore<T> store, CurrentUser current, CancellationToken ct)
        where T : class, IRecord, new()
    {
        var user = await current.RequireAsync(ct);
        var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return error!;
        var outcome = await store.UpdateAsync(user, id, RecordInput.FromJson(body), partial: true, ETags.ExpectedVersion(http.Request), ct);
        switch (outcome.Status)
        {
            case SaveStatus.NotFound: return ApiProblems.NotFound();
            case SaveStatus.VersionMismatch: return ApiProblems.PreconditionFailed();
            case SaveStatus.Invalid: return ApiProblems.Validation(outcome.Validation!.Errors);
        }
        http.Response.Headers.ETag = ETags.Of(outcome.Record!.Version);
        return TypedResults.Ok(RecordJson.From(store.Module, outcome.Record));
    }

    private static async Task<IResult> DeleteAsync<T>(long id, HttpContext http, RecordStore<T> store, CurrentUser current, CancellationToken ct)
        where T : class, IRecord, new()
    {
        var user = await current.RequireAsync(ct);
        // Hidden or missing first (404), then who may delete (ledger accounts: administrators, 403), then the
        // module's refusal (a product still priced by a list, a ledger account a customer uses): 409 with its reason.
        if (await store.FindAsync(user, id, ct) is null) return ApiProblems.NotFound();
        if (!store.MayDelete(user)) return Users.DirectoryApi.Forbidden(http, user);
        if (await store.DeletionRefusalAsync(user, id, ct) is { } refusal)
            return ApiProblems.Problem(StatusCodes.Status409Conflict, ApiText.T("Suppression refusée"), refusal);
        var (contacts, choiceError) = RecycleBin.RecycleBinApi.ContactsChoice(store.Module.Name, http.Request.Query);
        if (choiceError is not null) return choiceError;
        var status = await store.DeleteAsync(user, id, ETags.ExpectedVersion(http.Request), contacts, ct);
        return status switch
        {
            SaveStatus.NotFound => ApiProblems.NotFound(),
            SaveStatus.VersionMismatch => ApiProblems.PreconditionFailed(),
            SaveStatus.Forbidden => Users.DirectoryApi.Forbidden(http, user),
            _ => TypedResults.NoContent(),
        };
    }
}
