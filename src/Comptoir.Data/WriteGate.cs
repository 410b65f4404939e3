namespace Comptoir.Data;

/// <summary>
/// Funnels writes. SQLite has a single writer lock: queuing our own writers here is cheaper and
/// fairer than letting them spin on SQLITE_BUSY. PostgreSQL needs no gate.
/// </summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken ct);
}

public sealed class SqliteWriteGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        await _semaphore.WaitAsync(ct);
        return new Releaser(_semaphore);
    }

    public void Dispose() => _semaphore.Dispose();

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) semaphore.Release();
        }
    }
}

public sealed class NoWriteGate : IWriteGate
{
    private static readonly IDisposable Nothing = new Empty();
    public ValueTask<IDisposable> EnterAsync(CancellationToken ct) => ValueTask.FromResult(Nothing);
    private sealed class Empty : IDisposable { public void Dispose() { } }
}
