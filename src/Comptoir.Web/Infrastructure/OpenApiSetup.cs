using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
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
        // Built for each request, under its culture: every text below is in the reader's language.
        document.Info = new OpenApiInfo
        {
            Title = OpenApiText.T("API Comptoir"),
            Version = "v1",
            Description = OpenApiText.T("Les enregistrements sont des objets JSON plats dont les clés sont les clés d'API des champs de GET /api/v1/metadata/{module}. Authentifiez-vous avec POST /api/v1/auth/tokens, puis envoyez Authorization: Bearer cpt_…. Les erreurs sont des problem details (RFC 9457) ; une erreur de validation liste chaque champ refusé. Accept-Language : fr (par défaut) ou en."),
        };
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cpt_…",
            Description = OpenApiText.T("Un jeton obtenu par POST /api/v1/auth/tokens ou sur la page de profil."),
        };

        var registry = context.ApplicationServices.GetRequiredService<IModuleRegistry>();
        var fieldTypes = context.ApplicationServices.GetRequiredService<Features.FieldTypes.FieldTypeRegistry>();
        foreach (var description in context.DescriptionGroups.SelectMany(g => g.Items))
        {
            if (Find(document, description) is not { } operation) continue;
            var metadata = description.ActionDescriptor.EndpointMetadata;
            if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
                operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] }];
            if (metadata.OfType<RecordApiMetadata>().LastOrDefault() is { } record && registry.Find(record.Module) is { } module)
                RecordOperations.Describe(document, operation, module, record, fieldTypes);
        }
        var operations = (document.Paths?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            .SelectMany(p => p.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>()).ToList();
        foreach (var response in operations.SelectMany(o => o.Responses ?? new OpenApiResponses()))
            if (response.Value is OpenApiResponse { } body && int.TryParse(response.Key, out var status) && body.Description == ReasonPhrases.GetReasonPhrase(status))
                body.Description = StatusText(status) ?? body.Description;
        // The tags the operations were given in this language (LocalizedDocs.WithTags), in the order they come.
        document.Tags = new HashSet<OpenApiTag>(operations.SelectMany(o => o.Tags ?? Enumerable.Empty<OpenApiTagReference>()).Select(t => t.Name).OfType<string>()
            .Distinct(StringComparer.Ordinal).Select(name => new OpenApiTag { Name = name }));
        return Task.CompletedTask;
    }

    /// <summary>The framework describes a response by its English reason phrase (« Bad Request »): these say it in the reader's language.</summary>
    private static string? StatusText(int status) => status switch
    {
        200 => OpenApiText.T("Succès"),
        201 => OpenApiText.T("Créé"),
        204 => OpenApiText.T("Sans contenu"),
        400 => OpenApiText.T("Requête invalide"),
        401 => OpenApiText.T("Authentification requise"),
        403 => OpenApiText.T("Accès refusé"),
        404 => OpenApiText.T("Introuvable"),
        409 => OpenApiText.T("Conflit"),
        412 => OpenApiText.T("Modifié entre-temps"),
        415 => OpenApiText.T("Format non pris en charge"),
        422 => OpenApiText.T("Requête impossible à traiter"),
        423 => OpenApiText.T("Verrouillé"),
        429 => OpenApiText.T("Trop de requêtes"),
        _ => null,
    };

    private static OpenApiOperation? Find(OpenApiDocument document, ApiDescription description)
    {
        var path = "/" + description.RelativePath?.TrimEnd('/');
        if (document.Paths is null || !document.Paths.TryGetValue(path, out var item) || item.Operations is null) return null;
        return item.Operations.TryGetValue(new HttpMethod(description.HttpMethod ?? "GET"), out var operation) ? operation : null;
    }
}
