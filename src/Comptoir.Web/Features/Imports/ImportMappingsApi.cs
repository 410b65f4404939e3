using Comptoir.Data.Imports;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Imports;

/// <summary>GET, POST and DELETE /api/v1/imports/mappings: the mappings saved by name per module, as the wizard offers them.</summary>
public static class ImportMappingsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/mappings", async (string? module, ModuleCatalog catalog, IModuleRegistry registry, CurrentUser current, SavedMappings saved, CancellationToken ct) =>
            {
                await current.RequireAsync(ct);
                if (ModuleOf(module, catalog, registry) is not { } definition) return UnknownModule(module);
                var items = new JsonArray([.. (await saved.ListAsync(definition.Name, ct)).Select(m => (JsonNode)ImportSavedMappings.Json(m))]);
                return TypedResults.Ok(new JsonObject { ["items"] = items });
            })
            .WithName("ListImportMappings")
            .WithSummary(() => OpenApiText.T("Les correspondances enregistrées d'un module (?module=accounts) : {items: [{name, mapping, defaults, savedBy, savedAt}]}."))
            .ProducesValidationProblem();
        group.MapPost("/mappings", async (HttpContext http, ModuleCatalog catalog, IModuleRegistry registry, CurrentUser current, SavedMappings saved, CancellationToken ct) =>
            {
                var user = await current.RequireAsync(ct);
                var (body, error) = await JsonBody.ReadObjectAsync(http.Request, ct);
                if (body is null) return error!;
                var module = (body["module"] as JsonValue)?.ToString();
                if (ModuleOf(module, catalog, registry) is not { } definition) return UnknownModule(module);
                return await SaveAsync(definition, body, user, saved, ct);
            })
            .WithName("SaveImportMapping")
            .WithSummary(() => OpenApiText.T("Enregistre une correspondance sous un nom : {module, name, mapping {colonne: champ}, defaults {champ: valeur}} ; le même nom la remplace. 200 et la correspondance."))
            .ProducesValidationProblem().ProducesProblem(415);
        group.MapDelete("/mappings", async (string? module, string? name, ModuleCatalog catalog, IModuleRegistry registry, CurrentUser current, SavedMappings saved, CancellationToken ct) =>
            {
                await current.RequireAsync(ct);
                if (ModuleOf(module, catalog, registry) is not { } definition) return UnknownModule(module);
                return await saved.DeleteAsync(definition.Name, name ?? "", ct) ? Results.NoContent() : ApiProblems.NotFound();
            })
            .WithName("DeleteImportMapping")
            .WithSummary(() => OpenApiText.T("Supprime la correspondance enregistrée ?module=…&name=…. 204, ou 404 si ce nom n'existe pas."))
            .Produces(204).ProducesProblem(404);
    }

    /// <summary>Checks and saves; the API and the wizard answer the same.</summary>
    public static async Task<IResult> SaveAsync(ModuleDefinition module, JsonObject body, UserContext user, SavedMappings saved, CancellationToken ct)
    {
        var (mapping, errors) = ImportSavedMappings.Read(module, body, user);
        if (mapping is null) return ApiProblems.Validation(errors);
        if (!await saved.SaveAsync(module.Name, mapping, ct))
            return ApiProblems.Validation("name", ImportsText.T("Au plus {0} correspondances par module : supprimez-en une avant d'en enregistrer une autre.", SavedMappings.MaxPerModule));
        return TypedResults.Ok(ImportSavedMappings.Json(mapping));
    }

    private static ModuleDefinition? ModuleOf(string? module, ModuleCatalog catalog, IModuleRegistry registry) =>
        catalog.Find(module ?? "") is { } registration ? registry.Get(registration.Name) : null;

    private static IResult UnknownModule(string? module) =>
        ApiProblems.Validation("module", ImportsText.T("Module inconnu : « {0} ».", module ?? ""));
}
