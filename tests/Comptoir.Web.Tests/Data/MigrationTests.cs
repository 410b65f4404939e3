using Comptoir.Data;
using Comptoir.Data.Numbering;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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
        await using var db = Context(database);
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Accounts.CountAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task After_an_upgrade_numbering_continues_after_the_last_number_given(Db kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var db = Context(database);
        var migrator = db.GetService<IMigrator>();
        // The last migration before PostgreSQL's numbers moved from a counter row to sequences.
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_SparseParentIndex", StringComparison.Ordinal)));
        await db.Database.ExecuteSqlRawAsync("""INSERT INTO "NumberSequences" ("Module", "NextValue") VALUES ('accounts', 42)""");

        await migrator.MigrateAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();

        Assert.Equal(42, await NumberAllocator.NextAsync(db, "accounts", default));
        Assert.Equal(43, await NumberAllocator.NextAsync(db, "accounts", default));
        Assert.Equal(1, await NumberAllocator.NextAsync(db, "contacts", default));
    }

    /// <summary>A bare context on the test's database: no server, so nothing migrates it but the test.</summary>
    private static AppDbContext Context(TestDatabase database) => database.Kind == Db.Sqlite
        ? new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(database.ConnectionString).Options)
        : new NpgsqlAppDbContext(new DbContextOptionsBuilder<NpgsqlAppDbContext>().UseNpgsql(database.ConnectionString).Options);
}
