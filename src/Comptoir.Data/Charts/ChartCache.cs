using System.Collections.Concurrent;

namespace Comptoir.Data.Charts;

/// <summary>
/// The charts' counts kept in memory per module and visibility scope (<see cref="IRecordCounts.ScopeAsync"/>): a
/// GROUP BY over a million rows takes hundreds of milliseconds, the page must answer in a few. Counts are never
/// older than <see cref="MaxAge"/>: past <see cref="RefreshAfter"/> the page still gets them at once while one
/// background query refreshes them, so no visitor waits for the GROUP BY but the first of a scope (or after a
/// quiet minute). Each instance keeps its own; nothing here is needed by another one.
/// </summary>
public sealed class ChartCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30), MaxAge = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 2_000;

    private readonly ConcurrentDictionary<(string Module, string Scope), Entry> _entries = new();

    private sealed class Entry(Task<ModuleCharts> counts, DateTime startedAt)
    {
        public Task<ModuleCharts> Counts { get; } = counts;
        public DateTime StartedAt { get; } = startedAt;
        /// <summary>1 while a background refresh runs: one at a time.</summary>
        public int Refreshing;
    }

    public async Task<ModuleCharts> GetAsync(IRecordStore store, UserContext user, CancellationToken ct)
    {
        var key = (store.Module.Name, await ((IRecordCounts)store).ScopeAsync(user, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Counts.IsCompletedSuccessfully)
            {
                var age = now - entry.Counts.Result.ComputedAt;
                if (age < RefreshAfter) return entry.Counts.Result;
                if (age < MaxAge)
                {
                    if (Interlocked.Exchange(ref entry.Refreshing, 1) == 0) _ = RefreshAsync(key, entry, user);
                    return entry.Counts.Result;
                }
            }
            // Others asking while the first query runs wait for it rather than running their own.
            else if (!entry.Counts.IsCompleted && now - entry.StartedAt < MaxAge) return await entry.Counts.WaitAsync(ct);
        }
        // The request's own store runs it; not cancelled with the request, since others may be waiting for it.
        var fresh = new Entry(ModuleCharts.ComputeAsync(store, user, now, CancellationToken.None), now);
        _entries[key] = fresh;
        Trim(now);
        return await fresh.Counts.WaitAsync(ct);
    }

    /// <summary>Forgets every count: the next page computes them again (tests, and an administrator's layout change).</summary>
    public void Clear() => _entries.Clear();

    private async Task RefreshAsync((string Module, string Scope) key, Entry stale, UserContext user)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<RecordStores>().For(key.Module);
            if (store is null) return;
            var now = clock.GetUtcNow().UtcDateTime;
            var counts = await ModuleCharts.ComputeAsync(store, user, now, CancellationToken.None);
            _entries.TryUpdate(key, new Entry(Task.FromResult(counts), now), stale);
        }
        catch (Exception)
        {
            // A failed refresh leaves the stale counts; past MaxAge the next page computes them itself (and reports the error).
            Interlocked.Exchange(ref stale.Refreshing, 0);
        }
    }

    /// <summary>Per-user scopes come and go: past a bound, drop what has expired anyway.</summary>
    private void Trim(DateTime now)
    {
        if (_entries.Count <= MaxEntries) return;
        foreach (var (key, entry) in _entries)
            if (now - entry.StartedAt > MaxAge) _entries.TryRemove(key, out _);
    }
}
