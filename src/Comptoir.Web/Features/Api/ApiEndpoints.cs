namespace Comptoir.Web.Features.Api;

/// <summary>The REST API (/api/v1): each feature maps its own endpoints on the shared group.</summary>
public static class ApiEndpoints
{
    public static WebApplication MapComptoirApi(this WebApplication app)
    {
        // Filled in by the API feature.
        return app;
    }
}
