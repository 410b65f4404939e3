namespace Comptoir.Web.Features.Docs;

/// <summary>
/// Texts of the API reference (/openapi/v1.json and /docs): summaries, descriptions and tags, read
/// while the document is built for a request, so in that request's language; OpenApiText.en.resx translates.
/// </summary>
public sealed class OpenApiText : FeatureText<OpenApiText>;
