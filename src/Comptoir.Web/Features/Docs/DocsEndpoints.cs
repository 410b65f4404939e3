namespace Comptoir.Web.Features.Docs;

/// <summary>The OpenAPI document (/openapi/v1.json) and its reference page (/docs).</summary>
public static class DocsEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapOpenApi();
    }
}
