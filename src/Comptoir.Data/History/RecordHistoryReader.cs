namespace Comptoir.Data.History;

public sealed record HistoryPage(IReadOnlyList<RecordChange> Entries, long? NextCursor);

/// <summary>
/// A record's history newest first, a page at a time: the cursor is the last entry's id, so a page is one
/// range of the (Module, RecordId, Id) index. Callers check first that the user may see the record.
/// </summary>
public static class RecordHistoryReader
{
    public const int MaxLimit = 100;

    public static async Task<HistoryPage> PageAsync(AppDbContext db, string module, long recordId, long? before, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var query = db.RecordChanges.AsNoTracking().Where(c => c.Module == module && c.RecordId == recordId);
        if (before is long cursor) query = query.Where(c => c.Id < cursor);
        var rows = await query.OrderByDescending(c => c.Id).Take(limit + 1).ToListAsync(ct);
        long? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = rows[^1].Id;
        }
        return new HistoryPage(rows, next);
    }
}
