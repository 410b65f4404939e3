using Npgsql;

namespace Comptoir.Web.Tests.Infrastructure;

public enum Db { Sqlite, Postgres }

/// <summary>
/// Every database test runs on SQLite and on PostgreSQL. Without COMPTOIR_TEST_PG the PostgreSQL case
/// shows as skipped, or fails under CI=true (<see cref="PostgresCases"/>): it never vanishes.
/// </summary>
public sealed class Databases : TheoryData<Db>
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresCases.Variable);

    public Databases()
    {
        Add(Db.Sqlite);
        Add(Db.Postgres);
    }
}

/// <summary>A database of its own for one test: a temporary SQLite file, or a fresh PostgreSQL database dropped afterwards.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(Db kind, string connectionString, string? sqlitePath, string? pgName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _pgName = pgName;
    }

    private readonly string? _sqlitePath;
    private readonly string? _pgName;
    public Db Kind { get; }
    public string ConnectionString { get; }
    public string Provider => Kind == Db.Sqlite ? "Sqlite" : "Postgres";

    public static async Task<TestDatabase> CreateAsync(Db kind)
    {
        if (kind == Db.Sqlite)
        {
            var dir = Path.Combine(Path.GetTempPath(), "comptoir-tests");
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db");
            return new TestDatabase(kind, $"Data Source={path}", path, null);
        }
        var server = Databases.PostgresServer ?? throw new InvalidOperationException(PostgresCases.FromEnvironment().Reason);
        var name = "comptoir_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, null, name);
    }

    /// <summary>A new database of the same kind holding a copy of <paramref name="template"/>, which nobody may be using.</summary>
    public static async Task<TestDatabase> CopyOfAsync(TestDatabase template)
    {
        if (template._sqlitePath is not null)
        {
            var copy = await CreateAsync(Db.Sqlite);
            File.Copy(template._sqlitePath, copy._sqlitePath!);
            return copy;
        }
        var name = "comptoir_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(Databases.PostgresServer))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template._pgName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(Databases.PostgresServer) { Database = name };
        return new TestDatabase(Db.Postgres, builder.ConnectionString, null, name);
    }

    /// <summary>A second server process shares the same database: same connection string.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                try { File.Delete(_sqlitePath + suffix); } catch (IOException) { }
        }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Databases.PostgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
