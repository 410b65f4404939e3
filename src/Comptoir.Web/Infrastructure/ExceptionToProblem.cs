using Microsoft.AspNetCore.Diagnostics;

namespace Comptoir.Web.Infrastructure;

/// <summary>
/// One table from exception to status. Whatever escapes becomes a problem details response for
/// the API, or the error page for a browser; never a stack trace.
/// </summary>
public sealed class ExceptionToProblem(IProblemDetailsService problems, ILogger<ExceptionToProblem> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = httpContext;
        var (status, title) = exception switch
        {
            UnauthorizedAccessException => (401, SharedText.T("Authentification requise")),
            BadHttpRequestException bad => (bad.StatusCode, SharedText.T("Requête invalide")),
            OperationCanceledException => (499, SharedText.T("Requête annulée")),
            Comptoir.Data.Accounting.LedgerCodeTakenException => (409, SharedText.T("Ce code vient d'être pris par un autre enregistrement : réessayez.")),
            _ => (500, SharedText.T("Erreur interne")),
        };
        if (status == 500) logger.LogError(exception, "Unhandled exception on {Path}", context.Request.Path);
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            if (status != 401) return false; // pages: the /error page re-executes
            context.Response.Redirect("/login");
            return true;
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
            Exception = exception,
        });
    }
}
