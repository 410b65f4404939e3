using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Comptoir.Data.Search;

/// <summary>
/// Keeps the search terms in step with the records, on every save (AppDbContext.SaveChangesAsync): the store's
/// writes, a generated ledger account, a label that follows a rename, the demo data. A record's terms are what
/// the types of its module's searched fields give (<see cref="SearchTerms"/>); an edit writes only the difference.
/// Records going to the recycle bin keep theirs (the bin's query filter hides them); those deleted for good lose them.
/// The module's duplicate keys (Data/Duplicates/DuplicateKeys) are kept the same way, under « dup:&lt;module&gt; ».
/// </summary>
public sealed class SearchIndexer
{
    private readonly List<(ModuleRegistration Module, EntityEntry Entry, HashSet<string> Before, HashSet<string> KeysBefore)> _saved = [];
    private readonly List<(string Module, long Id)> _deleted = [];

    /// <summary>What the coming save changes in the index, read before it (an edit's original values are gone after); null when nothing.</summary>
    public static SearchIndexer? Collect(AppDbContext db)
    {
        if (!db.ChangeTracker.HasChanges()) return null;
        var catalog = db.GetService<IDbContextOptions>().FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()
            ?.ApplicationServiceProvider?.GetService<ModuleCatalog>();
        if (catalog is null) return null;
        SearchIndexer? pending = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || entry.Entity is not IRecord record
                || catalog.ForRecord(entry.Metadata.ClrType) is not { } module || !Indexed(module.Definition)) continue;
            pending ??= new SearchIndexer();
            if (entry.State == EntityState.Deleted) pending._deleted.Add((module.Name, record.Id));
            else if (entry.State == EntityState.Added) pending._saved.Add((module, entry, [], []));
            else
            {
                var original = entry.OriginalValues.ToObject();
                pending._saved.Add((module, entry, SearchTerms.Of(module.Definition, original), Duplicates.DuplicateKeys.Of(module.Definition, original)));
            }
        }
        return pending;
    }

    /// <summary>After the records' save: their ids are known. Adds and removes terms, then saves again through <paramref name="save"/>.</summary>
    public async Task WriteAsync(AppDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var written = new List<SearchTerm>();
        var added = new List<SearchTerm>();
        foreach (var (module, entry, before, keysBefore) in _saved)
        {
            var id = ((IRecord)entry.Entity).Id;
            Difference(db, written, added, module.Name, id, before, SearchTerms.Of(module.Definition, entry.Entity));
            Difference(db, written, added, Duplicates.DuplicateKeys.IndexOf(module.Name), id, keysBefore, Duplicates.DuplicateKeys.Of(module.Definition, entry.Entity));
        }
        foreach (var (module, id) in _deleted)
        {
            var keys = Duplicates.DuplicateKeys.IndexOf(module);
            await db.SearchTerms.Where(t => (t.Module == module || t.Module == keys) && t.RecordId == id).ExecuteDeleteAsync(ct);
        }
        await SearchTermInserts.InsertAsync(db, added, ct);
        if (written.Count == 0) return;
        await save();
        // Tracked terms would clash with the same term removed or added by a later save of this context.
        foreach (var term in written) db.Entry(term).State = EntityState.Detached;
    }

    /// <summary>
    /// Records a bulk update changed (ExecuteUpdate: a reference the bin cleared or put back, or a merge moved), which
    /// no save showed this indexer: their terms are read again from what they hold now, and the difference written.
    /// Runs in the caller's transaction; its SaveChanges also writes what the context had pending.
    /// </summary>
    public static async Task RefreshAsync(AppDbContext db, ModuleRegistration module, IReadOnlyList<IRecord> records, CancellationToken ct)
    {
        if (records.Count == 0) return;
        var (name, keys, definition) = (module.Name, Duplicates.DuplicateKeys.IndexOf(module.Name), module.Definition);
        var ids = records.Select(r => r.Id).ToList();
        var stored = (await db.SearchTerms.AsNoTracking().Where(t => (t.Module == name || t.Module == keys) && ids.Contains(t.RecordId)).ToListAsync(ct))
            .ToLookup(t => (t.Module, t.RecordId), t => t.Term);
        var written = new List<SearchTerm>();
        var added = new List<SearchTerm>();
        foreach (var record in records)
        {
            Difference(db, written, added, name, record.Id, stored[(name, record.Id)].ToHashSet(StringComparer.Ordinal), SearchTerms.Of(definition, record));
            Difference(db, written, added, keys, record.Id, stored[(keys, record.Id)].ToHashSet(StringComparer.Ordinal), Duplicates.DuplicateKeys.Of(definition, record));
        }
        await SearchTermInserts.InsertAsync(db, added, ct);
        if (written.Count == 0) return;
        await db.SaveChangesAsync(ct);
        foreach (var term in written) db.Entry(term).State = EntityState.Detached;
    }

    /// <summary>Whether a module has anything in the index: searched fields or compared ones.</summary>
    public static bool Indexed(ModuleDefinition module) => module.SearchFields.Count > 0 || module.Duplicates is { Fields.Count: > 0 };

    /// <param name="written">Terms removed, tracked for the next save.</param>
    /// <param name="added">Terms new, untracked, for <see cref="SearchTermInserts"/>.</param>
    private static void Difference(AppDbContext db, List<SearchTerm> written, List<SearchTerm> added, string module, long id, HashSet<string> before, HashSet<string> after)
    {
        foreach (var term in before.Where(t => !after.Contains(t)))
        {
            var gone = new SearchTerm { Module = module, Term = term, RecordId = id };
            db.Attach(gone);
            db.Remove(gone);
            written.Add(gone);
        }
        foreach (var term in after.Where(t => !before.Contains(t)))
            added.Add(new SearchTerm { Module = module, Term = term, RecordId = id });
    }
}
