using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data.Records;

/// <summary>
/// One save's gate and transaction, or, when the context already holds a transaction (a background job's batch,
/// Data/Jobs), that one: the record's writes then commit with the batch and its progress, or not at all.
/// Whoever opened the outer transaction holds the write gate for it.
/// </summary>
internal sealed class WriteScope : IAsyncDisposable
{
    private readonly IDisposable? _gate;
    private readonly IDbContextTransaction? _own;

    private WriteScope(IDisposable? gate, IDbContextTransaction? own)
    {
        _gate = gate;
        _own = own;
    }

    public static async Task<WriteScope> BeginAsync(AppDbContext db, IWriteGate gate, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return new WriteScope(null, null);
        var entered = await gate.EnterAsync(ct);
        try
        {
            return new WriteScope(entered, await db.Database.BeginTransactionAsync(ct));
        }
        catch
        {
            entered.Dispose();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken ct) => _own?.CommitAsync(ct) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_own is not null) await _own.DisposeAsync();
        _gate?.Dispose();
    }
}
