using Scalar.AspNetCore;

namespace Comptoir.Web.Features.Docs;

/// <summary>The OpenAPI document (/openapi/v1.json) and its reference page (/docs).</summary>
public static class DocsEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapOpenApi();
        // Scalar serves its script from the package itself; fonts, telemetry and the AI agent would
        // reach the internet, so they are off: the page works on an offline intranet.
        app.MapScalarApiReference("/docs", o =>
        {
            o.Title = "Comptoir API";
            o.DefaultFonts = false;
            o.Telemetry = false;
            o.HideClientButton = true;
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.AddPreferredSecuritySchemes(Infrastructure.OpenApiSetup.BearerScheme);
        });
    }
}
