using Comptoir.Web.Features.Api;

namespace Comptoir.Web.Features.Metadata;

/// <summary>/api/v1/metadata: the modules, their blocks and fields as the registry has them on this request.</summary>
public static class MetadataApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", (IModuleRegistry registry) =>
                TypedResults.Ok(new ModuleListJson(registry.Modules.Select(ModuleSummaryJson.From).ToList())))
            .WithName("ListModules");
        group.MapGet("/{module}", (string module, IModuleRegistry registry) =>
                registry.Find(module) is { } found ? Results.Ok(ModuleJson.From(found)) : ApiProblems.NotFound())
            .WithName("GetModuleMetadata")
            .Produces<ModuleJson>().ProducesProblem(404);
    }
}
