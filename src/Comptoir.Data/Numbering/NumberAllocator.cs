using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data.Numbering;

/// <summary>
/// Allocates record numbers in the database, inside the caller's transaction, so that several
/// processes sharing one database never hand out the same number, and numbers only grow: a deleted
/// record's number is never given again.
/// <list type="bullet">
/// <item>PostgreSQL: one sequence per module (<see cref="SequenceName"/>; accounts' and contacts' were created by
/// the migration <c>NumberSequencesOnPostgres</c>, any other module's on its first record, see
/// <see cref="EnsureSequenceAsync"/>). A sequence never waits for another transaction; the former
/// counter row stayed locked until commit and so queued every concurrent create behind the one
/// before. A save that fails after taking its number leaves a gap, as in most CRMs.</item>
/// <item>SQLite: an atomic upsert of the module's row in <c>NumberSequences</c>; the write gate
/// serialises savers anyway, and a rolled-back save gives its number back.</item>
/// </list>
/// </summary>
public static class NumberAllocator
{
    private const string SqliteUpsert =
        """
        INSERT INTO "NumberSequences" ("Module", "NextValue") VALUES (@module, 2)
        ON CONFLICT ("Module") DO UPDATE SET "NextValue" = "NumberSequences"."NextValue" + 1
        RETURNING "NextValue" - 1
        """;

    public static async Task<long> NextAsync(AppDbContext db, string module, CancellationToken ct)
    {
        await using var command = await RawCommands.CreateAsync(db, ct);
        var postgres = db.Database.IsNpgsql();
        command.CommandText = postgres ? "SELECT nextval(@module::regclass)" : SqliteUpsert;
        command.AddParameter("@module", postgres ? $"\"{SequenceName(module)}\"" : module);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    /// <summary>The PostgreSQL sequence of a module's numbers.</summary>
    public static string SequenceName(string module) => "Numbers_" + module;

    /// <summary>The databases and modules whose sequence this process knows to exist.</summary>
    private static readonly ConcurrentDictionary<(string Database, string Module), bool> Ensured = new();

    /// <summary>
    /// PostgreSQL: creates the module's sequence if it has none yet, so that a numbered module needs no
    /// hand-written migration. Run before the save's transaction (an error inside one would abort it), once per
    /// module and database in a process; the first number is 1. Nothing to do on SQLite, whose upsert makes its row.
    /// </summary>
    public static async Task EnsureSequenceAsync(AppDbContext db, string module, CancellationToken ct)
    {
        if (db.Provider != DatabaseProvider.Postgres) return;
        var key = (db.Database.GetConnectionString() ?? "", module);
        if (Ensured.ContainsKey(key)) return;
        try
        {
            // The name is the module's, from its registration, never a user's: quoted, as DDL takes no parameter.
            var create = "CREATE SEQUENCE IF NOT EXISTS \"" + SequenceName(module).Replace("\"", "\"\"", StringComparison.Ordinal) + "\" AS bigint MINVALUE 1";
            await db.Database.ExecuteSqlRawAsync(create, ct);
        }
        catch (Npgsql.PostgresException e) when (e.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DuplicateTable)
        {
            // Another process created it at the same moment (IF NOT EXISTS does not lock against that): it exists.
        }
        Ensured[key] = true;
    }

    public static string Format(string prefix, long value) =>
        $"{prefix}-{value.ToString("000000", CultureInfo.InvariantCulture)}";
}
