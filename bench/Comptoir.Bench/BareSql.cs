using System.Data.Common;
using System.Globalization;

namespace Comptoir.Bench;

/// <summary>The SQL the API runs, run bare through the same provider: the database's own limit to compare against.</summary>
public sealed class BareSql(BenchDatabase db)
{
    public const string Page1 = "SELECT * FROM \"Accounts\" ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string AfterSame = "SELECT * FROM \"Accounts\" WHERE \"NameKey\" = @v AND \"Id\" > @id ORDER BY \"Id\" LIMIT 26";
    public const string AfterBeyond = "SELECT * FROM \"Accounts\" WHERE \"NameKey\" > @v ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string Prefix = "SELECT * FROM \"Accounts\" WHERE \"NameKey\" >= @lo AND \"NameKey\" < @hi ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string BySiret = "SELECT * FROM \"Accounts\" WHERE \"Siret\" >= @lo AND \"Siret\" < @hi ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string Picklist = "SELECT * FROM \"Accounts\" WHERE \"Industry\" = @v ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string ById = "SELECT * FROM \"Accounts\" WHERE \"Id\" = @id";

    public const string CountByIndustry = "SELECT \"Industry\", COUNT(*) FROM \"Accounts\" WHERE \"DeletedAt\" IS NULL GROUP BY \"Industry\"";
    public const string CountByType = "SELECT \"AccountType\", COUNT(*) FROM \"Accounts\" WHERE \"DeletedAt\" IS NULL GROUP BY \"AccountType\"";

    /// <summary>What « Accueil »'s charts count, bare: accounts by Secteur, by Type, and created per month over twelve months.</summary>
    public async Task HomeCountsAsync()
    {
        var since = new DateTime(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-11);
        await QueryAsync(CountByIndustry);
        await QueryAsync(CountByType);
        await QueryAsync(db.Kind == "sqlite"
            ? "SELECT strftime('%Y-%m', \"CreatedAt\"), COUNT(*) FROM \"Accounts\" WHERE \"DeletedAt\" IS NULL AND \"CreatedAt\" >= @since GROUP BY 1"
            : "SELECT date_trunc('month', \"CreatedAt\"), COUNT(*) FROM \"Accounts\" WHERE \"DeletedAt\" IS NULL AND \"CreatedAt\" >= @since GROUP BY 1",
            ("@since", db.Kind == "sqlite" ? since.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : since));
    }

    public async Task<int> QueryAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }
        return rows;
    }

    /// <summary>
    /// A keyset page after (v, id) as the store reads it: the rest of v by id, then the values beyond v
    /// (two index seeks, however many rows share v); the second query only when the first falls short.
    /// </summary>
    public async Task<int> AfterAsync(string same, string beyond, object value, long id)
    {
        var rows = await QueryAsync(same, ("@v", value), ("@id", id));
        return rows >= 26 ? rows : rows + await QueryAsync(beyond.Replace("LIMIT 26", $"LIMIT {26 - rows}", StringComparison.Ordinal), ("@v", value));
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<(string, long)> KeyAtAsync(int offset)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"NameKey\", \"Id\" FROM \"Accounts\" ORDER BY \"NameKey\", \"Id\" LIMIT 1 OFFSET {offset}";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt64(1));
    }

    /// <summary>The sort value and id of one row (where a deep keyset page starts).</summary>
    public async Task<(T, long)> RowAtAsync<T>(string sql)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((T)Convert.ChangeType(reader.GetValue(0), typeof(T), System.Globalization.CultureInfo.InvariantCulture), reader.GetInt64(1));
    }

    /// <summary>How the database runs a query (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL), on one line.</summary>
    public async Task<string> PlanAsync(string sql)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = (db.Kind == "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(db.Kind == "sqlite" ? 3 : 0).Trim());
        return string.Join(" | ", lines);
    }

    /// <summary>One single-row INSERT transaction of a full account (the row is shared by the workers; only its number differs).</summary>
    public static async Task InsertOneAsync(DbConnection connection, Core.Accounts.Account account, string number)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = BulkFill.InsertSql;
        for (var c = 0; c < BulkFill.Columns.Length; c++)
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + c;
            p.Value = BulkFill.Columns[c].Column == "Number" ? number : BulkFill.Columns[c].Value(account) ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
