namespace Comptoir.Web.Features.Api;

/// <summary>Texts of the REST API (problem titles and details); ApiText.en.resx translates.</summary>
public sealed class ApiText : FeatureText<ApiText>;
