using System.Net;
using Comptoir.Data;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Health;

public sealed class HealthTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Live_and_ready_answer_healthy_without_signing_in(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_missing_migration_makes_ready_a_bare_503_while_live_stays_200(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // As if the schema were one migration behind this build.
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var last = context.Database.GetMigrations().Last();
            await context.Database.ExecuteSqlAsync($"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = {last}""");
        }
        var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        // Nothing about the database (its name, the migration, an exception) for an anonymous caller.
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    /// <summary>PostgreSQL only: a SQLite file cannot vanish under open connections the same way.</summary>
    [Theory, ClassData(typeof(PostgresOnly))]
    public async Task A_database_gone_makes_ready_503_and_live_200(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.Database.DisposeAsync(); // drops the database under the running server
        var client = app.CreateClient();

        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}

/// <summary>The PostgreSQL case alone, skipped or failed like the others without a server.</summary>
public sealed class PostgresOnly : TheoryData<Db>
{
    public PostgresOnly() => Add(Db.Postgres);
}
