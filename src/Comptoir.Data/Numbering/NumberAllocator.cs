using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data.Numbering;

/// <summary>
/// Allocates record numbers in the database: one atomic upsert per number, inside the caller's
/// transaction. The row lock serialises concurrent savers, in one process or several sharing
/// one PostgreSQL; numbers only grow, so a deleted record's number is never handed out again.
/// </summary>
public static class NumberAllocator
{
    public static async Task<long> NextAsync(AppDbContext db, string module, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText =
            """
            INSERT INTO "NumberSequences" ("Module", "NextValue") VALUES (@module, 2)
            ON CONFLICT ("Module") DO UPDATE SET "NextValue" = "NumberSequences"."NextValue" + 1
            RETURNING "NextValue" - 1
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@module";
        parameter.Value = module;
        command.Parameters.Add(parameter);
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var result = await command.ExecuteScalarAsync(ct);
        return Convert.ToInt64(result, CultureInfo.InvariantCulture);
    }

    public static string Format(string prefix, long value) =>
        $"{prefix}-{value.ToString("000000", CultureInfo.InvariantCulture)}";
}
