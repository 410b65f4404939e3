using Microsoft.Data.Sqlite;
using Npgsql;

namespace Comptoir.Web.Tests.Infrastructure;

/// <summary>
/// One database per kind migrated and initialised (administrator seeded) once per test run by a real start of the
/// application; each test's database is then a copy of it (a file copy, PostgreSQL's CREATE DATABASE … TEMPLATE),
/// which saves every test the migrations and the administrator's password hash. The application still runs its
/// start-up on the copy, as it does on every start of an existing database.
/// </summary>
internal static class TemplateDatabase
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<Db, TestDatabase> Templates = [];

    /// <summary>A new database holding what a first start of the application leaves.</summary>
    public static async Task<TestDatabase> CopyAsync(Db kind)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Templates.TryGetValue(kind, out var template))
            {
                template = await BuildAsync(kind);
                Templates[kind] = template;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            // Under the gate: PostgreSQL refuses to copy a template while another copy of it is being made.
            return await TestDatabase.CopyOfAsync(template);
        }
        finally { Gate.Release(); }
    }

    private static async Task<TestDatabase> BuildAsync(Db kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (TestApp.StartOn(database)) { }
        if (kind == Db.Sqlite)
        {
            // Everything into the main file, so that copying that one file copies the database.
            await using (var connection = new SqliteConnection(database.ConnectionString))
            {
                await connection.OpenAsync();
                await using var command = new SqliteCommand("PRAGMA wal_checkpoint(TRUNCATE)", connection);
                await command.ExecuteNonQueryAsync();
            }
            SqliteConnection.ClearAllPools();
        }
        else
        {
            // PostgreSQL copies a template only when nobody is connected to it: the pools' idle connections too.
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Databases.PostgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @name", connection);
            command.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!);
            await command.ExecuteNonQueryAsync();
        }
        return database;
    }
}
