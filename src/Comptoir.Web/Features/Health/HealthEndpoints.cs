using Comptoir.Data.Health;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Comptoir.Web.Features.Health;

/// <summary>
/// /health/live (the process answers) and /health/ready (the database answers, its migrations applied),
/// for a load balancer or an orchestrator: no authentication, and nothing but « Healthy » or « Unhealthy »
/// with 200 or 503, so that an anonymous caller learns nothing about the installation.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    public static IServiceCollection AddComptoirHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddComptoirDatabaseCheck();
        return services;
    }

    public static void Use(WebApplication app)
    {
        app.UseHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteStatus });
        app.UseHealthChecks(Ready, new HealthCheckOptions { Predicate = c => c.Tags.Contains(DatabaseHealth.ReadyTag), ResponseWriter = WriteStatus });
    }

    /// <summary>The overall status only: the failing check's exception (a connection string, a host name) stays in the log.</summary>
    private static Task WriteStatus(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(report.Status.ToString());
    }
}
