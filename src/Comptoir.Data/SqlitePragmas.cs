using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Comptoir.Data;

/// <summary>
/// Sets SQLite up on every connection: WAL so readers never wait for the writer, synchronous=FULL
/// so an acknowledged save survives a power cut (NORMAL is an opt-in), foreign keys, and a busy
/// timeout for the rare writer from another process.
/// </summary>
public sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    private readonly string _sql =
        $"PRAGMA journal_mode=WAL; PRAGMA synchronous={(synchronous.Equals("NORMAL", StringComparison.OrdinalIgnoreCase) ? "NORMAL" : "FULL")}; " +
        "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
