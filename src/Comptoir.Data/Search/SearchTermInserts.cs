using System.Text;

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
        for (var start = 0; start < terms.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, terms.Count - start);
            await using var command = await RawCommands.CreateAsync(db, ct);
            var sql = new StringBuilder("INSERT INTO \"SearchTerms\" (\"Module\", \"Term\", \"RecordId\") VALUES ");
            for (var i = 0; i < count; i++)
            {
                var term = terms[start + i];
                var n = i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? "" : ", ").Append("(@m").Append(n).Append(", @t").Append(n).Append(", @r").Append(n).Append(')');
                command.AddParameter("@m" + n, term.Module);
                command.AddParameter("@t" + n, term.Term);
                command.AddParameter("@r" + n, term.RecordId);
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
