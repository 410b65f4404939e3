using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Comptoir.Data;

/// <summary>
/// Sets SQLite up on every new physical connection: WAL so readers never wait for the writer,
/// synchronous=FULL so an acknowledged save survives a power cut (NORMAL is an opt-in), foreign
/// keys, and a busy timeout for the rare writer from another process. Pooled connections keep
/// these settings, so they are sent once per physical connection, not on every open.
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> _configured = [];
    private readonly string _sql =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous={(synchronous.Equals("NORMAL", StringComparison.OrdinalIgnoreCase) ? "NORMAL" : "FULL")}; " +
        "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (!NeedsSetup(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (!NeedsSetup(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>True the first time this native handle is seen (the pool hands the same handle out again).</summary>
    private bool NeedsSetup(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle }) return true;
        lock (_configured)
        {
            if (_configured.TryGetValue(handle, out _)) return false;
            _configured.Add(handle, handle);
            return true;
        }
    }
}
