namespace Comptoir.Data.History;

/// <summary>
/// A record's history a page at a time, for the pages (« Historique », the Résumé's latest changes), which
/// hold no database context of their own. The caller has checked that the user may see the record.
/// </summary>
public sealed class RecordHistoryPages(AppDbContext db)
{
    public Task<HistoryPage> PageAsync(string module, long recordId, long? before, int limit, CancellationToken ct) =>
        RecordHistoryReader.PageAsync(db, module, recordId, before, limit, ct);
}
