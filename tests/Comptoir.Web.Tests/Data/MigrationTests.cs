using Comptoir.Data;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for SqliteAppDbContext.");
    }

    [Fact]
    public void Postgres_migrations_match_the_model()
    {
        using var db = new NpgsqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run `dotnet ef migrations add` for NpgsqlAppDbContext.");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_migration_applies_to_a_fresh_database(Db kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        AppDbContext context = kind == Db.Sqlite
            ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options)
            : new NpgsqlAppDbContext(new DbContextOptionsBuilder<NpgsqlAppDbContext>().UseNpgsql(database.ConnectionString).Options);
        await using var db = context;
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Accounts.CountAsync());
    }
}
