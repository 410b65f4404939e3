using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Comptoir.Bench;

/// <summary>A fresh database for one run: a SQLite file, or a new PostgreSQL database on the server COMPTOIR_BENCH_PG (or COMPTOIR_TEST_PG) names.</summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    public required string Kind { get; init; }              // "sqlite" | "postgres"
    public required string ConnectionString { get; init; }
    private string? _sqlitePath;
    private string? _pgName;
    private string? _pgServer;

    public string Provider => Kind == "sqlite" ? "Sqlite" : "Postgres";

    public static async Task<BenchDatabase> CreateAsync(string kind, string workDir)
    {
        if (kind == "sqlite")
        {
            var path = Path.Combine(workDir, $"bench-{Guid.NewGuid():N}.db");
            return new BenchDatabase { Kind = kind, ConnectionString = $"Data Source={path}", _sqlitePath = path };
        }
        var server = Environment.GetEnvironmentVariable("COMPTOIR_BENCH_PG") ?? Environment.GetEnvironmentVariable("COMPTOIR_TEST_PG")
                     ?? throw new InvalidOperationException("Set COMPTOIR_BENCH_PG (or COMPTOIR_TEST_PG) to a PostgreSQL connection string.");
        var name = "comptoir_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await BulkFill.Exec(connection, $"CREATE DATABASE \"{name}\"");
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 100 };
        return new BenchDatabase { Kind = kind, ConnectionString = builder.ConnectionString, _pgName = name, _pgServer = server };
    }

    /// <summary>A connection set up as the server sets its own (WAL, synchronous=FULL, busy timeout on SQLite).</summary>
    public DbConnection Open()
    {
        if (Kind == "sqlite")
        {
            var connection = new SqliteConnection(ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
            command.ExecuteNonQuery();
            return connection;
        }
        var pg = new NpgsqlConnection(ConnectionString);
        pg.Open();
        return pg;
    }

    /// <summary>Leave the database behind when the run ends (--keep).</summary>
    public bool Keep { get; set; }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (Keep)
        {
            Console.Error.WriteLine($"Base conservée : {ConnectionString}");
            return;
        }
        if (_sqlitePath is not null)
            foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(_sqlitePath + suffix);
        if (_pgName is not null)
        {
            await using var connection = new NpgsqlConnection(_pgServer);
            await connection.OpenAsync();
            await BulkFill.Exec(connection, $"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)");
        }
    }
}
