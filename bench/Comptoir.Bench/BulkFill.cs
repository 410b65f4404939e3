using System.Data.Common;
using System.Diagnostics;
using Comptoir.Core.Accounts;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Comptoir.Bench;

/// <summary>
/// Fills the accounts table the bulk way (prepared inserts in large transactions on SQLite,
/// binary COPY on PostgreSQL): the HTTP API is what we measure, not how we load.
/// </summary>
public static class BulkFill
{
    public static readonly (string Column, Func<Account, object?> Value)[] Columns =
    [
        ("Number", a => a.Number), ("Name", a => a.Name), ("NameKey", a => a.NameKey), ("Phone", a => a.Phone),
        ("OtherPhone", a => a.OtherPhone), ("Email", a => a.Email), ("OtherEmail", a => a.OtherEmail), ("Website", a => a.Website),
        ("Industry", a => a.Industry), ("AccountType", a => a.AccountType), ("Siret", a => a.Siret), ("Siren", a => a.Siren),
        ("VatNumber", a => a.VatNumber), ("Employees", a => a.Employees), ("AnnualRevenue", a => a.AnnualRevenue),
        ("ApeCode", a => a.ApeCode), ("ParentAccountId", a => a.ParentAccountId), ("DoNotEmail", a => a.DoNotEmail),
        ("AssignedUserId", a => a.AssignedUserId), ("AssignedTeamId", a => a.AssignedTeamId), ("AssigneeName", a => a.AssigneeName),
        ("BillingStreet", a => a.BillingStreet), ("BillingPoBox", a => a.BillingPoBox), ("BillingPostalCode", a => a.BillingPostalCode),
        ("BillingCity", a => a.BillingCity), ("BillingState", a => a.BillingState), ("BillingCountry", a => a.BillingCountry),
        ("ShippingStreet", a => a.ShippingStreet), ("ShippingPoBox", a => a.ShippingPoBox), ("ShippingPostalCode", a => a.ShippingPostalCode),
        ("ShippingCity", a => a.ShippingCity), ("ShippingState", a => a.ShippingState), ("ShippingCountry", a => a.ShippingCountry),
        ("Description", a => a.Description), ("CustomData", a => a.CustomData), ("Version", a => a.Version),
        ("CreatedAt", a => a.CreatedAt), ("UpdatedAt", a => a.UpdatedAt), ("CreatedById", a => a.CreatedById), ("UpdatedById", a => a.UpdatedById),
    ];

    public static string InsertSql => $"INSERT INTO \"Accounts\" ({string.Join(", ", Columns.Select(c => $"\"{c.Column}\""))}) " +
                                      $"VALUES ({string.Join(", ", Columns.Select((_, i) => "@p" + i))})";

    public static async Task<TimeSpan> FillAsync(BenchDatabase db, int count, int ownerId, string ownerName)
    {
        var watch = Stopwatch.StartNew();
        var data = new FrenchData(42);
        using var progress = new ProgressBar("Remplissage", count);
        if (db.Kind == "sqlite") await FillSqliteAsync(db.ConnectionString, data, count, ownerId, ownerName, progress);
        else await FillPostgresAsync(db.ConnectionString, data, count, ownerId, ownerName, progress);
        await SetSequenceAsync(db, count);
        return watch.Elapsed;
    }

    private static async Task FillSqliteAsync(string connectionString, FrenchData data, int count, int ownerId, string ownerName, ProgressBar progress)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA temp_store=MEMORY;");
        const int batch = 50_000;
        for (var start = 0; start < count; start += batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = InsertSql;
            var parameters = Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("@p" + i, null))).ToArray();
            command.Prepare();
            for (var i = start; i < Math.Min(count, start + batch); i++)
            {
                var account = data.Next(i + 1, ownerId, ownerName);
                account.CustomData = CustomFieldsBench.DataFor(i + 1);
                for (var c = 0; c < Columns.Length; c++) parameters[c].Value = Columns[c].Value(account) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync();
                if (i % 5000 == 0) progress.Report(i);
            }
            await transaction.CommitAsync();
        }
        progress.Report(count);
        await Exec(connection, "PRAGMA synchronous=FULL; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static async Task FillPostgresAsync(string connectionString, FrenchData data, int count, int ownerId, string ownerName, ProgressBar progress)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var copy = $"COPY \"Accounts\" ({string.Join(", ", Columns.Select(c => $"\"{c.Column}\""))}) FROM STDIN (FORMAT BINARY)";
        await using (var writer = await connection.BeginBinaryImportAsync(copy))
        {
            for (var i = 0; i < count; i++)
            {
                var account = data.Next(i + 1, ownerId, ownerName);
                account.CustomData = CustomFieldsBench.DataFor(i + 1);
                await writer.StartRowAsync();
                foreach (var (column, value) in Columns)
                {
                    var v = value(account);
                    if (v is null) await writer.WriteNullAsync();
                    else if (column == "CustomData") await writer.WriteAsync(v, NpgsqlTypes.NpgsqlDbType.Jsonb);
                    else await writer.WriteAsync(v);
                }
                if (i % 5000 == 0) progress.Report(i);
            }
            await writer.CompleteAsync();
        }
        progress.Report(count);
        await Exec(connection, "ANALYZE \"Accounts\"; SELECT setval(pg_get_serial_sequence('\"Accounts\"', 'Id'), (SELECT MAX(\"Id\") FROM \"Accounts\"));");
    }

    /// <summary>Numbers allocated through the app continue after the bulk-loaded ones.</summary>
    private static async Task SetSequenceAsync(BenchDatabase db, int count)
    {
        await using var connection = db.Open();
        // SQLite counts in a table row, PostgreSQL in a sequence (see NumberAllocator).
        await Exec(connection, db.Kind == "postgres"
            ? $"SELECT setval('\"Numbers_accounts\"', {count + 1}, false);"
            : $"DELETE FROM \"NumberSequences\" WHERE \"Module\" = 'accounts'; " +
              $"INSERT INTO \"NumberSequences\" (\"Module\", \"NextValue\") VALUES ('accounts', {count + 1});");
    }

    public static async Task Exec(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
