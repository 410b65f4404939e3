using Comptoir.Core.Metadata;
using Comptoir.Web.Features.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Comptoir.Web.Infrastructure;

/// <summary>
/// The OpenAPI document (/openapi/v1.json): the bearer scheme, and the records' schemas, list
/// parameters and headers built from the field registry at the time the document is asked for.
/// </summary>
public static class OpenApiSetup
{
    public const string BearerScheme = "Bearer";

    public static void Configure(OpenApiOptions options) => options.AddDocumentTransformer(TransformAsync);

    private static Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Comptoir API",
            Version = "v1",
            Description = "Records are flat JSON objects keyed by the field API keys of GET /api/v1/metadata/{module}. "
                + "Authenticate with POST /api/v1/auth/tokens, then send Authorization: Bearer cpt_…. "
                + "Errors are RFC 9457 problem details; validation errors list every failing field. Accept-Language: fr (default) or en.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cpt_…",
            Description = "A token from POST /api/v1/auth/tokens or the profile page.",
        };

        var registry = context.ApplicationServices.GetRequiredService<IModuleRegistry>();
        foreach (var description in context.DescriptionGroups.SelectMany(g => g.Items))
        {
            if (Find(document, description) is not { } operation) continue;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            if (metadata.OfType<RecordApiMetadata>().LastOrDefault() is { } record && registry.Find(record.Module) is { } module)
                RecordOperations.Describe(document, operation, module, record);
        }
        return Task.CompletedTask;
    }

    private static OpenApiOperation? Find(OpenApiDocument document, ApiDescription description)
    {
        var path = "/" + description.RelativePath?.TrimEnd('/');
        if (document.Paths is null || !document.Paths.TryGetValue(path, out var item) || item.Operations is null) return null;
        return item.Operations.TryGetValue(new HttpMethod(description.HttpMethod ?? "GET"), out var operation) ? operation : null;
    }
}
