using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data.Search;

/// <summary>
/// Writes new terms with multi-row INSERTs in the caller's transaction, not as tracked entities: a created account has
/// 16 to 22 terms and duplicate keys, one statement for them rather than one each (on SQLite the gain measured within
/// noise: docs/performance.md, import). Nothing stays tracked, so a later save of the context cannot clash with them.
/// </summary>
internal static class SearchTermInserts
{
    /// <summary>Rows per statement: 3 parameters each, well under SQLite's and PostgreSQL's limits.</summary>
    private const int RowsPerStatement = 200;

    public static async Task InsertAsync(AppDbContext db, IReadOnlyList<SearchTerm> terms, CancellationToken ct)
    {
        if (terms.Count == 0) return;
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < terms.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, terms.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder("INSERT INTO \"SearchTerms\" (\"Module\", \"Term\", \"RecordId\") VALUES ");
            for (var i = 0; i < count; i++)
            {
                var term = terms[start + i];
                var n = i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? "" : ", ").Append("(@m").Append(n).Append(", @t").Append(n).Append(", @r").Append(n).Append(')');
                Add(command, "@m" + n, term.Module);
                Add(command, "@t" + n, term.Term);
                Add(command, "@r" + n, term.RecordId);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
