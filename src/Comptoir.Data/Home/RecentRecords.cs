using Comptoir.Data.Charts;

namespace Comptoir.Data.Home;

/// <summary>One line of « Récemment consultés » or « Récemment modifiés ».</summary>
/// <param name="Number">The record's number (CPT-000042); empty for a module that numbers none.</param>
/// <param name="By">Who made the change (« Récemment modifiés »); null for a view.</param>
public sealed record RecentRecord(string Module, long Id, string Number, string Name, DateTime At, string? By = null);

/// <summary>
/// « Accueil »'s lists of records across modules: those the user opened (<see cref="RecentViewStore"/>) and the
/// latest changes (the history) to records they may see. Each module's store says what the user sees.
/// </summary>
public sealed class RecentRecords(AppDbContext db, RecentViewStore views, RecordStores stores)
{
    /// <summary>How far back in the history « Récemment modifiés » looks for records the user may see.</summary>
    private const int ChangesScanned = 200;

    public async Task<IReadOnlyList<RecentRecord>> ViewedAsync(UserContext user, int limit, CancellationToken ct)
    {
        var latest = await views.LatestAsync(user, ct);
        return await ShownAsync(user, latest.Select(v => (v.Module, v.RecordId, v.ViewedAt, (string?)null)), limit, ct);
    }

    public async Task<IReadOnlyList<RecentRecord>> ChangedAsync(UserContext user, int limit, CancellationToken ct)
    {
        var changes = await db.RecordChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(ChangesScanned)
            .Select(c => new { c.Module, c.RecordId, c.At, c.UserName }).ToListAsync(ct);
        var latest = changes.DistinctBy(c => (c.Module, c.RecordId)).Select(c => (c.Module, c.RecordId, c.At, (string?)c.UserName));
        return await ShownAsync(user, latest, limit, ct);
    }

    /// <summary>The first <paramref name="limit"/> of <paramref name="candidates"/> that exist and the user may see, named.</summary>
    private async Task<IReadOnlyList<RecentRecord>> ShownAsync(UserContext user, IEnumerable<(string Module, long Id, DateTime At, string? By)> candidates,
        int limit, CancellationToken ct)
    {
        var list = candidates.ToList();
        var found = new Dictionary<(string, long), (string Number, string Name)>();
        foreach (var group in list.GroupBy(c => c.Module, StringComparer.Ordinal))
        {
            if (stores.For(group.Key) is not { } store) continue; // a module no longer registered
            var ids = group.Select(c => c.Id).Distinct().ToList();
            var numbers = await ((IRecordCounts)store).VisibleNumbersAsync(user, ids, ct);
            var names = await store.NamesAsync(numbers.Keys.ToList(), ct);
            foreach (var (id, number) in numbers)
                found[(group.Key, id)] = (store.Module.NumberPrefix is null ? "" : number, names.GetValueOrDefault(id) ?? number);
        }
        var shown = new List<RecentRecord>();
        foreach (var c in list)
            if (shown.Count < limit && found.TryGetValue((c.Module, c.Id), out var record))
                shown.Add(new RecentRecord(c.Module, c.Id, record.Number, record.Name, c.At, c.By));
        return shown;
    }
}
