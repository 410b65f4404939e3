using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Comptoir.Data.Health;

/// <summary>
/// The readiness check of /health/ready: the database answers and every migration this build knows is
/// applied. Written here because the web host never sees AppDbContext (docs/architecture.md).
/// </summary>
public static class DatabaseHealth
{
    /// <summary>The tag /health/ready selects; /health/live runs no check (the process answers, that is all).</summary>
    public const string ReadyTag = "ready";

    public static IHealthChecksBuilder AddComptoirDatabaseCheck(this IHealthChecksBuilder builder) =>
        builder.AddDbContextCheck<AppDbContext>("database", HealthStatus.Unhealthy, [ReadyTag],
            // Connecting is not enough: a server started on an older schema would fail on its first write.
            customTestQuery: async (db, ct) => !(await db.Database.GetPendingMigrationsAsync(ct)).Any());
}
