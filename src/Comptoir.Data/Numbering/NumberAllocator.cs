using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data.Numbering;

/// <summary>
/// Allocates record numbers in the database, inside the caller's transaction, so that several
/// processes sharing one database never hand out the same number, and numbers only grow: a deleted
/// record's number is never given again.
/// <list type="bullet">
/// <item>PostgreSQL: one sequence per module (<see cref="SequenceName"/>, created by the migration
/// <c>NumberSequencesOnPostgres</c>). A sequence never waits for another transaction; the former
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
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var postgres = db.Database.IsNpgsql();
        command.CommandText = postgres ? "SELECT nextval(@module::regclass)" : SqliteUpsert;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@module";
        parameter.Value = postgres ? $"\"{SequenceName(module)}\"" : module;
        command.Parameters.Add(parameter);
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    /// <summary>The PostgreSQL sequence of a module's numbers; a new numbered module adds its own in a migration.</summary>
    public static string SequenceName(string module) => "Numbers_" + module;

    public static string Format(string prefix, long value) =>
        $"{prefix}-{value.ToString("000000", CultureInfo.InvariantCulture)}";
}
