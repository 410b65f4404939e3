using System.Data.Common;

namespace Comptoir.Bench;

/// <summary>The SQL the API runs, run bare through the same provider: the database's own limit to compare against.</summary>
public sealed class BareSql(BenchDatabase db)
{
    public const string Page1 = "SELECT * FROM \"Accounts\" ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string After = "SELECT * FROM \"Accounts\" WHERE \"NameKey\" >= @v AND (\"NameKey\" > @v OR \"Id\" > @id) ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string Prefix = "SELECT * FROM \"Accounts\" WHERE \"NameKey\" >= @lo AND \"NameKey\" < @hi ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string BySiret = "SELECT * FROM \"Accounts\" WHERE \"Siret\" >= @lo AND \"Siret\" < @hi ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string Picklist = "SELECT * FROM \"Accounts\" WHERE \"Industry\" = @v ORDER BY \"NameKey\", \"Id\" LIMIT 26";
    public const string ById = "SELECT * FROM \"Accounts\" WHERE \"Id\" = @id";

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
