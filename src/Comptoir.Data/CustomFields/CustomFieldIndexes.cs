using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using System.Security.Cryptography;
using System.Text;

namespace Comptoir.Data.CustomFields;

/// <summary>
/// The schema side of custom fields: an expression index (value, Id) per sortable or reference
/// field, so that a filter or a keyset page on it seeks at a million records, and the clean-up of
/// its values when the field is deleted. Adding a field adds an index, never a column: no table
/// rewrite, and on PostgreSQL the index is built CONCURRENTLY, so saves go on meanwhile.
/// On SQLite these are writes: callers hold the <see cref="IWriteGate"/> around them, as record saves do
/// (the methods do not take it themselves, so a caller already holding it does not deadlock).
/// On PostgreSQL, index creation and removal must not run inside a transaction.
/// </summary>
public static class CustomFieldIndexes
{
    /// <summary>Rows per UPDATE when values are removed: short write transactions that other saves can slip between.</summary>
    private const int RemoveBatch = 10_000;
    private static readonly TimeSpan LongCommand = TimeSpan.FromMinutes(30);

    /// <summary>IX_Table_cf_key; past PostgreSQL's 63-character names, a hash keeps two long keys apart.</summary>
    public static string IndexName(string table, string key)
    {
        var name = $"IX_{table}_{CustomFieldKinds.RequireSafeKey(key)}";
        if (name.Length <= MaxName) return name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        return name[..(MaxName - 9)] + "_" + hash;
    }

    private const int MaxName = 63;

    /// <summary>Creates the field's index if its type sorts or refers (nothing for the others); safe to call twice.</summary>
    public static async Task CreateIndexAsync(AppDbContext db, ModuleDefinition module, FieldDefinition field, CancellationToken ct)
    {
        if (!CustomFieldKinds.Indexed(field)) return;
        var table = TableOf(db, module);
        var name = IndexName(table, field.Key);
        var columns = $"{CustomFieldSql.Expression(db.Provider, CustomFieldKinds.KindOf(field), field.Key)}, \"Id\"";
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(db, $"CREATE INDEX IF NOT EXISTS \"{name}\" ON \"{table}\" ({columns})", ct);
            // Statistics let the planner choose between this index and the sort's when both apply.
            await ExecuteAsync(db, $"ANALYZE \"{name}\"", ct);
            return;
        }
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("CREATE INDEX CONCURRENTLY cannot run inside a transaction: call this after committing.");
        // A CONCURRENTLY build that failed halfway leaves an invalid index that IF NOT EXISTS would keep.
        if (await ScalarAsync(db, $"SELECT COUNT(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = '{name}' AND NOT i.indisvalid", ct) > 0)
            await ExecuteAsync(db, $"DROP INDEX CONCURRENTLY IF EXISTS \"{name}\"", ct);
        await ExecuteAsync(db, $"CREATE INDEX CONCURRENTLY IF NOT EXISTS \"{name}\" ON \"{table}\" ({columns})", ct);
        await ExecuteAsync(db, $"ANALYZE \"{table}\"", ct);
    }

    /// <summary>Drops the field's index if there is one.</summary>
    public static async Task DropIndexAsync(AppDbContext db, ModuleDefinition module, string key, CancellationToken ct)
    {
        var name = IndexName(TableOf(db, module), key);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(db, $"DROP INDEX IF EXISTS \"{name}\"", ct);
            return;
        }
        if (db.Database.CurrentTransaction is not null)
            throw new InvalidOperationException("DROP INDEX CONCURRENTLY cannot run inside a transaction: call this after committing.");
        await ExecuteAsync(db, $"DROP INDEX CONCURRENTLY IF EXISTS \"{name}\"", ct);
    }

    /// <summary>How many records hold a value for the key: not null, not "", not an empty list, not an unticked box.</summary>
    public static async Task<long> CountValuesAsync(AppDbContext db, ModuleDefinition module, string key, CancellationToken ct)
    {
        var table = TableOf(db, module);
        var column = $"\"{CustomFieldSql.Column}\"";
        string sql;
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var at = $"{column}, '{CustomFieldSql.SqlitePath(key)}'";
            sql = $"""
                SELECT COUNT(*) FROM "{table}" WHERE json_type({at}) IN ('true', 'integer', 'real', 'object')
                    OR (json_type({at}) = 'text' AND json_extract({at}) <> '')
                    OR (json_type({at}) = 'array' AND json_array_length({at}) > 0)
                """;
        }
        else
        {
            var value = $"({column} -> '{CustomFieldKinds.RequireSafeKey(key)}')";
            sql = $"""
                SELECT COUNT(*) FROM "{table}" WHERE jsonb_typeof({value}) IN ('number', 'object') OR {value} = 'true'::jsonb
                    OR (jsonb_typeof({value}) = 'string' AND {value} <> '""'::jsonb)
                    OR (jsonb_typeof({value}) = 'array' AND {value} <> '[]'::jsonb)
                """;
        }
        return await ScalarAsync(db, sql, ct);
    }

    /// <summary>
    /// Removes the key from every record's document (a deleted field's values), in batches of ids so
    /// that each write transaction stays short. Versions are left alone: no field the user sees changes.
    /// </summary>
    public static async Task RemoveValuesAsync(AppDbContext db, ModuleDefinition module, string key, CancellationToken ct)
    {
        var table = TableOf(db, module);
        var column = $"\"{CustomFieldSql.Column}\"";
        var (set, holds) = db.Provider == DatabaseProvider.Sqlite
            ? ($"json_remove({column}, '{CustomFieldSql.SqlitePath(key)}')", $"json_type({column}, '{CustomFieldSql.SqlitePath(key)}') IS NOT NULL")
            : ($"{column} - '{CustomFieldKinds.RequireSafeKey(key)}'::text", $"({column} -> '{key}') IS NOT NULL");
        var first = await ScalarAsync(db, $"SELECT COALESCE(MIN(\"Id\"), 0) FROM \"{table}\"", ct) - 1;
        var last = await ScalarAsync(db, $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"", ct);
        for (var from = first; from < last; from += RemoveBatch)
        {
            var sql = string.Create(CultureInfo.InvariantCulture,
                $"UPDATE \"{table}\" SET {column} = {set} WHERE \"Id\" > {from} AND \"Id\" <= {from + RemoveBatch} AND {holds}");
            await ExecuteAsync(db, sql, ct);
        }
    }

    private static string TableOf(AppDbContext db, ModuleDefinition module) =>
        db.Model.FindEntityType(module.RecordType)?.GetTableName()
        ?? throw new InvalidOperationException($"Module '{module.Name}' has no table in the model.");

    private static async Task ExecuteAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, sql, ct);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<long> ScalarAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, sql, ct);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    // Every name and key in this SQL is a checked key or the model's table name: no user text.
    private static async Task<DbCommand> CommandAsync(AppDbContext db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        command.CommandTimeout = (int)LongCommand.TotalSeconds; // an index over a million rows takes seconds, not the default 30 s budget
        return command;
    }
}
