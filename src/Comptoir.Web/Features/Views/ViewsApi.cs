using System.Text.Json.Nodes;
using Comptoir.Data.Views;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Views;

/// <summary>
/// /api/v1/views: the saved views of the lists. GET ?module= lists those the caller sees, POST saves one, GET/PATCH/DELETE
/// /{id} read, change and delete one; GET /api/v1/{module}?view={id} applies one (<see cref="ApplyAsync"/>).
/// Someone else's private view is 404; a view the caller sees but may not change, or a sharing not allowed, is 403.
/// </summary>
public static class ViewsApi
{
    private static readonly HashSet<string> CreateKeys = ["module", "name", "shared", "default", "query"];
    private static readonly HashSet<string> UpdateKeys = ["name", "shared", "default", "query"];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("ListViews")
            .WithSummary(() => OpenApiText.T("Les vues enregistrées d'une liste (?module=accounts) que vous voyez : les vôtres, puis celles partagées avec tout le monde."))
            .Produces<ViewListJson>().ProducesValidationProblem();
        group.MapPost("/", CreateAsync).WithName("CreateView")
            .WithSummary(() => OpenApiText.T("Enregistre une vue : module, name, shared, default et query, les paramètres de la liste tels que son adresse les écrit (cond.industry.in=food&columns=name,phone&sort=name&order=desc)."))
            .Accepts<ViewInputJson>("application/json").Produces<ViewJson>(201).ProducesValidationProblem().ProducesProblem(403).ProducesProblem(415);
        group.MapGet("/{id:long}", GetAsync).WithName("GetView").Produces<ViewJson>().ProducesProblem(404);
        group.MapPatch("/{id:long}", UpdateAsync).WithName("UpdateView")
            .WithSummary(() => OpenApiText.T("Change les clés envoyées (name, shared, default, query) ; default seul vaut pour toute vue que vous voyez."))
            .Accepts<ViewInputJson>("application/json").Produces<ViewJson>().ProducesValidationProblem().ProducesProblem(403).ProducesProblem(404).ProducesProblem(415);
        group.MapDelete("/{id:long}", DeleteAsync).WithName("DeleteView").Produces(204).ProducesProblem(403).ProducesProblem(404);
    }

    private static async Task<IResult> ListAsync(HttpContext http, CurrentUser current, RecordStores stores, SavedViewStore views, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var name = http.Request.Query["module"].ToString().Trim();
        if (ModuleError(stores, name) is { } error) return ApiProblems.InvalidQuery(new Dictionary<string, List<string>> { ["module"] = [error] });
        var items = await views.ListAsync(user, name, ct);
        return TypedResults.Ok(new ViewListJson(items.Select(ViewJson.From).ToList(), await views.MayShareAsync(user, ct)));
    }

    private static async Task<IResult> GetAsync(long id, CurrentUser current, SavedViewStore views, CancellationToken ct) =>
        await views.FindAsync(await current.RequireAsync(ct), id, ct) is { } item ? TypedResults.Ok(ViewJson.From(item)) : ApiProblems.NotFound();

    private static async Task<IResult> CreateAsync(HttpContext http, CurrentUser current, RecordStores stores, SavedViewStore views, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (body, bodyError) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return bodyError!;
        var reader = new DirectoryApi.BodyReader(body, new FieldErrors(), CreateKeys);
        reader.RejectUnknown();
        var moduleName = reader.String("module")?.Trim() ?? "";
        var name = reader.String("name");
        var shared = reader.Bool("shared") ?? false;
        var makeDefault = reader.Bool("default") ?? false;
        var queryText = reader.String("query");
        if (!reader.Errors.Has("module") && ModuleError(stores, moduleName) is { } moduleError) reader.Errors.Add("module", moduleError);
        if (!reader.Errors.Has("name") && ViewNames.Error(name) is { } nameError) reader.Errors.Add("name", nameError);
        string? query = "";
        if (stores.For(moduleName) is { } store && !reader.Errors.Has("query")) query = CheckQuery(store.Module, queryText, reader.Errors);
        if (reader.Errors.Any) return ApiProblems.Validation(reader.Errors.AsDictionary);

        var (outcome, item) = await views.CreateAsync(user, moduleName, name!.Trim(), shared, query!, makeDefault, ct);
        if (Refusal(http, user, outcome, name) is { } refusal) return refusal;
        return TypedResults.Created("/api/v1/views/" + item!.View.Id.ToString(CultureInfo.InvariantCulture), ViewJson.From(item));
    }

    private static async Task<IResult> UpdateAsync(long id, HttpContext http, CurrentUser current, RecordStores stores, SavedViewStore views, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var (body, bodyError) = await JsonBody.ReadObjectAsync(http.Request, ct);
        if (body is null) return bodyError!;
        if (await views.FindAsync(user, id, ct) is not { } found) return ApiProblems.NotFound();
        var reader = new DirectoryApi.BodyReader(body, new FieldErrors(), UpdateKeys);
        reader.RejectUnknown();
        var name = reader.String("name");
        if (name is not null && ViewNames.Error(name) is { } nameError) reader.Errors.Add("name", nameError);
        var shared = reader.Bool("shared");
        var makeDefault = reader.Bool("default");
        var queryText = reader.String("query");
        string? query = null;
        if (queryText is not null && stores.For(found.View.Module) is { } store) query = CheckQuery(store.Module, queryText, reader.Errors);
        if (reader.Errors.Any) return ApiProblems.Validation(reader.Errors.AsDictionary);

        var (outcome, item) = await views.UpdateAsync(user, id, new ViewChange(name?.Trim(), shared, query, makeDefault), ct);
        if (Refusal(http, user, outcome, name ?? "") is { } refusal) return refusal;
        return TypedResults.Ok(ViewJson.From(item!));
    }

    private static async Task<IResult> DeleteAsync(long id, HttpContext http, CurrentUser current, SavedViewStore views, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        return Refusal(http, user, await views.DeleteAsync(user, id, ct), "") ?? TypedResults.NoContent();
    }

    /// <summary>
    /// ?view={id} on GET /api/v1/{module}: the view's parameters with the address's merged in, for <see cref="ListQuery.Read"/>;
    /// a view the caller does not see (or of another module) is 404, one that no longer fits the module is 400 naming it.
    /// </summary>
    public static async Task<(IQueryCollection? Query, IResult? Problem)> ApplyAsync(HttpContext http, ModuleDefinition module, UserContext user, CancellationToken ct)
    {
        var query = http.Request.Query;
        if (!query.TryGetValue(ViewQuery.Parameter, out var value)) return (query, null);
        if (!long.TryParse(value.ToString().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return (null, ApiProblems.InvalidQuery(new Dictionary<string, List<string>>
            {
                [ViewQuery.Parameter] = [ViewsText.T("« view » est l'identifiant d'une vue (GET /api/v1/views?module={0}).", module.Name)],
            }));
        var item = await http.RequestServices.GetRequiredService<SavedViewStore>().FindAsync(user, id, ct);
        if (item is null || item.View.Module != module.Name) return (null, ApiProblems.NotFound());
        var (_, errors) = ViewQuery.Canonical(module, item.View.Query);
        if (errors.Count > 0)
        {
            errors[ViewQuery.Parameter] = [ViewNames.Stale(item.View.Name)];
            return (null, ApiProblems.InvalidQuery(errors));
        }
        return (ViewQuery.Merge(item.View.Query, query, page: false), null);
    }

    private static string? CheckQuery(ModuleDefinition module, string? text, FieldErrors errors)
    {
        var (query, queryErrors) = ViewQuery.Canonical(module, text);
        foreach (var (key, messages) in queryErrors)
            foreach (var message in messages) errors.Add(key, message);
        return query;
    }

    private static string? ModuleError(RecordStores stores, string name) =>
        name.Length == 0 ? ViewsText.T("« module » est obligatoire (exemple : accounts).")
        : stores.For(name) is null ? ViewsText.T("Module inconnu : « {0} ».", name)
        : null;

    private static IResult? Refusal(HttpContext http, UserContext user, ViewOutcome outcome, string? name) => outcome switch
    {
        ViewOutcome.Done => null,
        ViewOutcome.NotFound => ApiProblems.NotFound(),
        ViewOutcome.DuplicateName => ApiProblems.Validation("name", ViewNames.Taken(name ?? "")),
        ViewOutcome.SharingRefused => Forbidden(http, user, ViewNames.SharingRefused),
        _ => Forbidden(http, user, ViewNames.NotYours),
    };

    private static IResult Forbidden(HttpContext http, UserContext user, string detail)
    {
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Comptoir.Views")
            .LogInformation("User {UserId} refused {Method} {Path}", user.UserId, http.Request.Method, http.Request.Path);
        return ApiProblems.Problem(StatusCodes.Status403Forbidden, SharedText.T("Accès refusé"), detail);
    }
}
