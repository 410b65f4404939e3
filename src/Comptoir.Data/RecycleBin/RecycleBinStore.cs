namespace Comptoir.Data.RecycleBin;

/// <summary>One entry of the bin as listed, with how many records went with it or lost a link to it.</summary>
public sealed record RecycleBinItem(RecycleBinEntry Entry, RelatedRecords Related);

public sealed record RecycleBinPage(IReadOnlyList<RecycleBinItem> Items, long? NextCursor);

/// <summary>
/// The « Corbeille »: what was deleted, newest first, as far as the user could see the records; and
/// emptying it for good (administrators; the callers check).
/// </summary>
public sealed class RecycleBinStore(AppDbContext db, IWriteGate gate, ModuleCatalog catalog, RecordStores stores)
{
    public const int MaxLimit = 200;

    /// <param name="before">The entry id the previous page ended on (keyset: ids grow with time).</param>
    public async Task<RecycleBinPage> ListAsync(UserContext user, long? before, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var query = await VisibleAsync(user, ct);
        if (before is long b) query = query.Where(e => e.Id < b);
        var rows = await query.AsNoTracking().OrderByDescending(e => e.Id).Take(limit + 1).ToListAsync(ct);
        long? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = rows[^1].Id;
        }
        return new RecycleBinPage(rows.ConvertAll(e => new RecycleBinItem(e, RelatedRecords.Parse(e.Related))), next);
    }

    /// <summary>
    /// Entries of records the user could see were they not deleted: each module's sharing rule applied to its
    /// records in the bin (an administrator sees everything). Entries of a module no longer registered show to administrators only.
    /// </summary>
    private async Task<IQueryable<RecycleBinEntry>> VisibleAsync(UserContext user, CancellationToken ct)
    {
        if (user.IsAdmin) return db.RecycleBin;
        var entry = Expression.Parameter(typeof(RecycleBinEntry), "e");
        Expression seen = Expression.Constant(false);
        foreach (var module in catalog.Modules.Where(m => m.GoesToBin))
            if (stores.For(module.Name) is IBinnedRecords store)
                seen = Expression.OrElse(seen, ParameterRebinder.Body(await store.BinEntriesAsync(user, ct), entry));
        return db.RecycleBin.Where(Expression.Lambda<Func<RecycleBinEntry, bool>>(seen, entry));
    }

    /// <summary>
    /// « Vider la corbeille »: deletes for good every record in it (and the contacts that went with an
    /// account), then the entries. Numbers and ledger codes stay spent: their counters never go back.
    /// </summary>
    /// <returns>The number of entries emptied.</returns>
    public async Task<int> EmptyAsync(CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Only the entries read here: one deleted meanwhile (PostgreSQL has no write gate) waits for the next emptying.
            var entries = await db.RecycleBin.AsNoTracking().ToListAsync(ct);
            var related = entries.ConvertAll(e => RelatedRecords.Parse(e.Related));
            var ids = entries.ConvertAll(e => e.Id);
            // What went with an entry's record first (a contact deleted with its account refers to it); the
            // references to them that remain are cleared by the foreign keys (ON DELETE SET NULL).
            foreach (var module in catalog.Modules.Where(m => m.GoesToBin))
            {
                var with = related.SelectMany(r => r.DeletedIds(module.Name)).ToList();
                if (with.Count > 0) await module.PurgeAsync(db, with, ct);
            }
            // Numbers and ledger codes stay claimed (NumberSequences, LedgerCodes): never given again.
            foreach (var module in catalog.Modules.Where(m => m.GoesToBin))
            {
                var records = entries.Where(e => e.Module == module.Name).Select(e => e.RecordId).ToList();
                if (records.Count > 0) await module.PurgeAsync(db, records, ct);
            }
            await db.RecycleBin.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return entries.Count;
        }
    }
}
