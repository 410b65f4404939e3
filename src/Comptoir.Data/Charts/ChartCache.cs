using System.Collections.Concurrent;

namespace Comptoir.Data.Charts;

/// <summary>
/// The charts' counts kept in memory per module and visibility scope (<see cref="IRecordCounts.ScopeAsync"/>): a
/// GROUP BY over a million rows takes hundreds of milliseconds, the page must answer in a few.
/// <list type="bullet">
/// <item>A save anywhere (this instance or another on the same database) moves the history's last id, the
/// « mark »: counts over no more than <see cref="FewEnough"/> records (a small database, where the GROUP BY
/// takes a few milliseconds) are computed again before the page answers, so a user sees the account they just created.
/// Larger ones follow their age alone (below): under a steady flow of saves, a GROUP BY over a million rows every
/// few seconds would take a core.</item>
/// <item>Whatever the mark says (changes without history: a bulk import), counts are refreshed behind the page past
/// <see cref="RefreshAfter"/>, and never served older than <see cref="MaxAge"/>.</item>
/// </list>
/// Each instance keeps its own; nothing here is needed by another one.
/// </summary>
public sealed class ChartCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromSeconds(30), MaxAge = TimeSpan.FromMinutes(1);
    /// <summary>
    /// Up to this many records counted, a change is counted again before the page answers. Told by the rows rather
    /// than by the time the last GROUP BY took, which a cold start (JIT, first queries) makes look slow.
    /// </summary>
    public const int FewEnough = 20_000;
    private const int MaxEntries = 2_000;

    private readonly ConcurrentDictionary<(string Module, string Scope), Entry> _entries = new();

    private sealed class Entry(Task<Computed> counts, DateTime startedAt)
    {
        public Task<Computed> Counts { get; } = counts;
        public DateTime StartedAt { get; } = startedAt;
        /// <summary>1 while a background refresh runs: one at a time.</summary>
        public int Refreshing;
    }

    private sealed record Computed(ModuleCharts Charts, long Mark);

    /// <param name="mark">The history's last id now (<see cref="ChartCounts"/> reads it).</param>
    public async Task<ModuleCharts> GetAsync(IRecordStore store, UserContext user, long mark, CancellationToken ct)
    {
        var key = (store.Module.Name, await ((IRecordCounts)store).ScopeAsync(user, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Counts.IsCompletedSuccessfully)
            {
                var (charts, seen) = entry.Counts.Result;
                var age = now - charts.ComputedAt;
                var changed = seen != mark;
                if (age < MaxAge && !(changed && charts.Counted <= FewEnough))
                {
                    if (age >= RefreshAfter && Interlocked.Exchange(ref entry.Refreshing, 1) == 0)
                        _ = RefreshAsync(key, entry, user, mark);
                    return charts;
                }
            }
            // Others asking while the first query runs wait for it rather than running their own.
            else if (!entry.Counts.IsCompleted && now - entry.StartedAt < MaxAge) return (await entry.Counts.WaitAsync(ct)).Charts;
        }
        // The request's own store runs it; not cancelled with the request, since others may be waiting for it.
        var fresh = new Entry(ComputeAsync(store, user, mark, now), now);
        _entries[key] = fresh;
        Trim(now);
        return (await fresh.Counts.WaitAsync(ct)).Charts;
    }

    /// <summary>Forgets every count: the next page computes them again.</summary>
    public void Clear() => _entries.Clear();

    private static async Task<Computed> ComputeAsync(IRecordStore store, UserContext user, long mark, DateTime now) =>
        new(await ModuleCharts.ComputeAsync(store, user, now, CancellationToken.None), mark);

    private async Task RefreshAsync((string Module, string Scope) key, Entry stale, UserContext user, long mark)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (scope.ServiceProvider.GetRequiredService<RecordStores>().For(key.Module) is not { } store) return;
            var now = clock.GetUtcNow().UtcDateTime;
            _entries.TryUpdate(key, new Entry(Task.FromResult(await ComputeAsync(store, user, mark, now)), now), stale);
        }
#pragma warning disable CA1031 // Behind the page nobody would see the error: the stale counts stay, and past MaxAge the page computes them itself (and reports it).
        catch (Exception)
#pragma warning restore CA1031
        {
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

/// <summary>The charts' counts for a request: the cache, told where the history stands (its last id, one index seek).</summary>
public sealed class ChartCounts(ChartCache cache, AppDbContext db)
{
    private long? _mark;

    public async Task<ModuleCharts> GetAsync(IRecordStore store, UserContext user, CancellationToken ct)
    {
        _mark ??= await db.RecordChanges.MaxAsync(c => (long?)c.Id, ct) ?? 0;
        return await cache.GetAsync(store, user, _mark.Value, ct);
    }
}
