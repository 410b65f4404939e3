using System.Security.Cryptography;
using Scalar.AspNetCore;

namespace Comptoir.Web.Features.Docs;

/// <summary>The OpenAPI document (/openapi/v1.json) and its reference page (/docs), in the reader's language.</summary>
public static class DocsEndpoints
{
    public const string Path = "/docs";
    private const string NonceItem = "Comptoir.Docs.Nonce";

    public static void Map(WebApplication app)
    {
        app.MapOpenApi();
        // Scalar serves its script from the package itself; fonts, telemetry and the AI agent would
        // reach the internet, so they are off: the page works on an offline intranet.
        app.MapScalarApiReference(Path, (o, http) =>
        {
            o.Title = OpenApiText.T("API Comptoir");
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            o.Localization = new ScalarLocalizationOptions { Locale = language };
            o.DefaultFonts = false;
            o.Telemetry = false;
            o.HideClientButton = true;
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.AddPreferredSecuritySchemes(Infrastructure.OpenApiSetup.BearerScheme);
            o.Nonce = http.Items[NonceItem] as string;
            // In the served HTML rather than Scalar's favicon option, which adds it only once its script runs.
            o.HeadContent = "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"
                + $"<script src=\"/js/docs.js\" data-lang=\"{language}\"></script>";
        });
    }

    /// <summary>
    /// The page's policy: Scalar starts from an inline module script, allowed by a nonce drawn for this
    /// response only; its components set inline styles, so styles (and only styles) may be inline here.
    /// No eval (see wwwroot/js/docs.js), no other origin.
    /// </summary>
    public static string ContentSecurityPolicy(HttpContext context)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        return "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + $"script-src 'self' 'nonce-{nonce}'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    }
}
