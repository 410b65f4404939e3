using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data;

/// <summary>A hand-written statement on the context's own connection and in its transaction (numbers, search terms).</summary>
internal static class RawCommands
{
    public static async Task<DbCommand> CreateAsync(AppDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    public static void AddParameter(this DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
