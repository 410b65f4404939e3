using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Comptoir.Web.Infrastructure;

/// <summary>Bodies for bare status codes: problem details on the API, a short French page elsewhere.</summary>
public static class StatusPages
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var (title, detail) = status switch
        {
            404 => (SharedText.T("Introuvable"), SharedText.T("Cette page ou cet enregistrement n'existe pas, ou ne vous est pas accessible.")),
            403 => (SharedText.T("Accès refusé"), SharedText.T("Votre compte n'a pas le droit de faire cette opération.")),
            405 => (SharedText.T("Méthode non autorisée"), SharedText.T("Cette adresse n'accepte pas cette méthode HTTP.")),
            415 => (SharedText.T("Format non pris en charge"), SharedText.T("Envoyez du JSON (Content-Type: application/json).")),
            _ => (SharedText.T("Erreur"), SharedText.T("La requête n'a pas abouti (code {0}).", status)),
        };
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi"))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html><html lang="{System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} – Comptoir</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css"></head>
            <body class="container py-5"><h1 class="h3">{WebUtility.HtmlEncode(title)}</h1><p>{WebUtility.HtmlEncode(detail)}</p>
            <p><a href="/">{WebUtility.HtmlEncode(SharedText.T("Retour à l'accueil"))}</a></p></body></html>
            """);
    }
}
