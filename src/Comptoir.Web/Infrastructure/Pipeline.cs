using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Infrastructure;

public static class Pipeline
{
    public static WebApplication UseComptoirPipeline(this WebApplication app)
    {
        // First, so that error and status pages speak the request's language too.
        app.UseRequestLocalization();
        app.UseExceptionHandler("/error");
        app.UseStatusCodePages(StatusPages.WriteAsync);
        app.Use(SecurityHeaders);
        // Before routing: the steps after it read the database (layout refresh, sign-in), which is what
        // /health/ready reports on, and /health/live must answer while the database is down.
        Features.Health.HealthEndpoints.Use(app);
        app.UseRouting();
        app.Use(RefreshLayout);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary>An administrator's layout change in another process reaches this one within a few seconds.</summary>
    private static async Task RefreshLayout(HttpContext context, Func<Task> next)
    {
        await context.RequestServices.GetRequiredService<LayoutRefresh>().RefreshAsync(context.RequestAborted);
        await next();
    }

    /// <summary>Defence in depth: no framing, no MIME sniffing, scripts and styles only from our own origin.</summary>
    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // The API reference page (/docs) is Scalar's, which needs a nonce for its bootstrap script.
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DocsEndpoints.Path)
            ? DocsEndpoints.ContentSecurityPolicy(context)
            : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        return next();
    }
}
