namespace Comptoir.Data;

/// <summary>
/// Funnels writes. SQLite has a single writer lock: queuing our own writers here is cheaper and
/// fairer than letting them spin on SQLITE_BUSY. PostgreSQL needs no gate.
/// </summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken ct);
}

/// <summary>
/// A FIFO lock whose release hands the gate to the next writer on the releasing thread: the next save
/// runs at once instead of waiting its turn in the thread pool's queue, where, on 2 busy cores, the gate
/// sat idle between two writers. A bounded number of hand-offs run inline (each nests a call); past it
/// the next writer is queued to the pool as usual.
/// </summary>
public sealed class SqliteWriteGate : IWriteGate
{
    private const int MaxInlineHandOffs = 4;

    [ThreadStatic] private static int t_inlineDepth;

    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource<IDisposable>> _waiting = new();
    private bool _held;

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        TaskCompletionSource<IDisposable> waiter;
        lock (_lock)
        {
            if (!_held)
            {
                _held = true;
                return new Releaser(this);
            }
            // Continuations run synchronously on completion: that is the hand-off (see Release).
            waiter = new TaskCompletionSource<IDisposable>();
            _waiting.Enqueue(waiter);
        }
        // A writer that gives up is skipped by Release (its completion fails).
        using (ct.UnsafeRegister(static (w, token) => ((TaskCompletionSource<IDisposable>)w!).TrySetCanceled(token), waiter))
            return await waiter.Task;
    }

    private void Release()
    {
        while (true)
        {
            TaskCompletionSource<IDisposable>? next;
            lock (_lock)
            {
                if (!_waiting.TryDequeue(out next))
                {
                    _held = false;
                    return;
                }
            }
            if (next.Task.IsCompleted) continue; // cancelled while waiting
            var releaser = new Releaser(this);
            if (t_inlineDepth >= MaxInlineHandOffs)
            {
                ThreadPool.UnsafeQueueUserWorkItem(static state => { if (!state.next.TrySetResult(state.releaser)) state.releaser.Dispose(); }, (next, releaser), preferLocal: false);
                return;
            }
            t_inlineDepth++;
            try
            {
                if (next.TrySetResult(releaser)) return;
            }
            finally
            {
                t_inlineDepth--;
            }
        }
    }

    private sealed class Releaser(SqliteWriteGate gate) : IDisposable
    {
        private int _released;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}

public sealed class NoWriteGate : IWriteGate
{
    private static readonly IDisposable Nothing = new Empty();
    public ValueTask<IDisposable> EnterAsync(CancellationToken ct) => ValueTask.FromResult(Nothing);
    private sealed class Empty : IDisposable { public void Dispose() { } }
}
