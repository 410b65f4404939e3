using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Metadata;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// The layout manager through the API: administrators add, change and delete fields, blocks and
/// picklist values of any module; the change is live on the next request.
/// </summary>
public static class LayoutApi
{
    public static void MapMetadata(RouteGroupBuilder group)
    {
        group.MapPost("/{module}/fields", AddFieldAsync).WithName("AddField").Produces<FieldJson>(201).ProducesProblem(400).ProducesProblem(403);
        group.MapGet("/{module}/fields/{key}", GetField).WithName("GetField").Produces<FieldJson>().ProducesProblem(404);
        group.MapPatch("/{module}/fields/{key}", ChangeFieldAsync).WithName("ChangeField").Produces<FieldJson>().ProducesProblem(400).ProducesProblem(403);
        group.MapDelete("/{module}/fields/{key}", DeleteFieldAsync).WithName("DeleteField").Produces(204).ProducesProblem(403).ProducesProblem(409);
        group.MapGet("/{module}/fields/{key}/usage", UsageAsync).WithName("FieldUsage").Produces<FieldUsageJson>().ProducesProblem(403);
        group.MapPost("/{module}/blocks", AddBlockAsync).WithName("AddBlock").Produces<BlockJson>(201).ProducesProblem(400).ProducesProblem(403);
        group.MapPatch("/{module}/blocks/{key}", ChangeBlockAsync).WithName("ChangeBlock").Produces<BlockJson>().ProducesProblem(400).ProducesProblem(403);
        group.MapDelete("/{module}/blocks/{key}", DeleteBlockAsync).WithName("DeleteBlock").Produces(204).ProducesProblem(403).ProducesProblem(409);
        group.MapGet("/{module}/history", HistoryAsync).WithName("LayoutHistory").Produces<ListJson<LayoutChangeJson>>().ProducesProblem(403);
    }

    public static void MapPicklists(RouteGroupBuilder group)
    {
        group.MapGet("/{module}/{key}", GetPicklist).WithName("GetPicklist").Produces<FieldJson>().ProducesProblem(404);
        group.MapPost("/{module}/{key}", AddValueAsync).WithName("AddPicklistValue").Produces<PicklistValueJson>(201).ProducesProblem(400).ProducesProblem(403);
        group.MapPatch("/{module}/{key}/{code}", ChangeValueAsync).WithName("ChangePicklistValue").Produces<PicklistValueJson>().ProducesProblem(400).ProducesProblem(403);
        group.MapDelete("/{module}/{key}/{code}", RetireValueAsync).WithName("RetirePicklistValue").Produces(204).ProducesProblem(403);
    }

    private static IResult GetField(string module, string key, IModuleRegistry registry) =>
        registry.Find(module)?.FindField(key) is { } field ? TypedResults.Ok(FieldJson.From(field)) : ApiProblems.NotFound();

    private static IResult GetPicklist(string module, string key, IModuleRegistry registry) =>
        registry.Find(module)?.FindField(key) is { Type: Core.FieldTypes.PicklistFieldType or Core.FieldTypes.MultiPicklistFieldType } field
            ? TypedResults.Ok(FieldJson.From(field)) : ApiProblems.NotFound();

    private static Task<IResult> AddFieldAsync(HttpContext http, string module, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), LayoutBody.NewFieldKeys, body =>
        {
            var (labelFr, labelEn) = body.Labels("label", "labels");
            var (helpFr, helpEn) = body.Labels("helpText", "helpTexts");
            var request = new NewFieldRequest
            {
                Type = body.String("type"), LabelFr = labelFr, LabelEn = labelEn, HelpFr = helpFr, HelpEn = helpEn,
                Block = body.String("block"), Mandatory = body.Bool("mandatory") ?? false, QuickCreate = body.Bool("quickCreate") ?? false,
                Summary = body.Bool("summary") ?? false, ListColumn = body.Bool("listColumn") ?? false,
                MaxLength = body.Int("maxLength"), Decimals = body.Int("decimals"), DefaultValue = body.String("defaultValue"),
                Values = body.Values("values"), ReferenceModule = body.String("referenceModule"),
            };
            return editor => editor.AddField(request);
        }, (result, registry) => TypedResults.Created($"/api/v1/metadata/{module}/fields/{result.Key}",
            FieldJson.From(registry.Get(module).FindField(result.Key!)!)));

    private static Task<IResult> ChangeFieldAsync(HttpContext http, string module, string key, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), LayoutBody.FieldChangeKeys, body =>
        {
            var request = LayoutBody.FieldChange(body);
            return editor => editor.ChangeField(key, request);
        }, (_, registry) => TypedResults.Ok(FieldJson.From(registry.Get(module).FindField(key)!)));

    private static Task<IResult> DeleteFieldAsync(HttpContext http, string module, string key, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), null, _ => editor => editor.DeleteField(key), (_, _) => TypedResults.NoContent());

    private static async Task<IResult> UsageAsync(HttpContext http, string module, string key, LayoutStore store, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        if (store.Registry.Find(module) is not { } definition || definition.FindField(key) is not { Storage.IsCustom: true })
            return ApiProblems.NotFound();
        return TypedResults.Ok(new FieldUsageJson(key, await store.CountValuesAsync(definition, key, ct)));
    }

    private static Task<IResult> AddBlockAsync(HttpContext http, string module, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), LayoutBody.BlockKeys, body =>
        {
            var (fr, en) = body.Labels("label", "labels");
            var collapsed = body.Bool("collapsed") ?? false;
            return editor => editor.AddBlock(fr, en, collapsed);
        }, (result, registry) => TypedResults.Created($"/api/v1/metadata/{module}/blocks/{result.Key}",
            BlockJson.From(registry.Get(module).Blocks.First(b => b.Key == result.Key))));

    private static Task<IResult> ChangeBlockAsync(HttpContext http, string module, string key, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), LayoutBody.BlockKeys, body =>
        {
            var (fr, en) = body.Labels("label", "labels");
            var request = new BlockChangeRequest { LabelFr = fr, LabelEn = en, Position = body.Int("position"), Collapsed = body.Bool("collapsed") };
            return editor => editor.ChangeBlock(key, request);
        }, (_, registry) => TypedResults.Ok(BlockJson.From(registry.Get(module).Blocks.First(b => b.Key == key))));

    private static Task<IResult> DeleteBlockAsync(HttpContext http, string module, string key, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), null, _ => editor => editor.DeleteBlock(key), (_, _) => TypedResults.NoContent());

    private static Task<IResult> AddValueAsync(HttpContext http, string module, string key, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), LayoutBody.BlockKeys.Where(k => k is "label" or "labels").ToHashSet(), body =>
        {
            var (fr, en) = body.Labels("label", "labels");
            return editor => editor.AddValue(key, fr, en);
        }, (result, registry) => TypedResults.Created($"/api/v1/picklists/{module}/{key}/{result.Key}",
            PicklistValueJson.From(registry.Get(module).FindField(key)!.FindPicklistValue(result.Key)!)));

    private static Task<IResult> ChangeValueAsync(HttpContext http, string module, string key, string code, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), LayoutBody.ValueKeys, body =>
        {
            var (fr, en) = body.Labels("label", "labels");
            var request = new PicklistValueChangeRequest { LabelFr = fr, LabelEn = en, Position = body.Int("position"), Retired = body.Bool("retired") };
            return editor => editor.ChangeValue(key, code, request);
        }, (_, registry) => TypedResults.Ok(PicklistValueJson.From(registry.Get(module).FindField(key)!.FindPicklistValue(code)!)));

    private static Task<IResult> RetireValueAsync(HttpContext http, string module, string key, string code, LayoutStore store, CurrentUser current, CancellationToken ct) =>
        RunAsync(new(http, module, store, current, ct), null,
            _ => editor => editor.ChangeValue(key, code, new PicklistValueChangeRequest { Retired = true }), (_, _) => TypedResults.NoContent());

    private static async Task<IResult> HistoryAsync(HttpContext http, string module, long? before, int? limit, LayoutStore store, CurrentUser current, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        if (store.Registry.Find(module) is not { } definition) return ApiProblems.NotFound();
        var size = Math.Clamp(limit ?? 50, 1, 200);
        var page = await store.HistoryAsync(definition.Name, before, size, ct);
        return TypedResults.Ok(new ListJson<LayoutChangeJson>(page.Select(LayoutChangeJson.From).ToList(),
            page.Count == size ? page[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Administrators only (403, logged); reads the body, runs the operation, answers 400/404/409 or the success.</summary>
    private static async Task<IResult> RunAsync(
        Call call, IReadOnlySet<string>? allowed,
        Func<LayoutBody, Func<LayoutEditor, LayoutResult>> read, Func<LayoutResult, IModuleRegistry, IResult> success)
    {
        var (http, module, store, current, ct) = call;
        var actor = await current.RequireAsync(ct);
        if (!actor.IsAdmin) return DirectoryApi.Forbidden(http, actor);
        var body = new LayoutBody([], allowed ?? new HashSet<string>());
        if (allowed is not null)
        {
            var (json, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
            if (json is null) return error!;
            body = new LayoutBody(json, allowed).Check();
        }
        var operation = read(body);
        if (body.Errors.Count > 0) return ApiProblems.Validation(body.Errors);
        var result = await store.ApplyAsync(module, actor, operation, ct);
        return Answer(result, store.Registry, success);
    }

    private static IResult Answer(LayoutResult result, IModuleRegistry registry, Func<LayoutResult, IModuleRegistry, IResult> success) => result.Status switch
    {
        LayoutStatus.Done => success(result, registry),
        LayoutStatus.Invalid => ApiProblems.Validation(result.Errors),
        LayoutStatus.NotFound => ApiProblems.NotFound(),
        _ => DirectoryApi.Conflict(result.Refusal!),
    };
}

/// <summary>What every layout endpoint receives from the request.</summary>
internal sealed record Call(HttpContext Http, string Module, LayoutStore Store, CurrentUser Current, CancellationToken Ct);

public sealed record FieldUsageJson(string Key, long Records);
