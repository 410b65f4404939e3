using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Comptoir.Data.Search;

/// <summary>
/// Keeps the search terms in step with the records, on every save (AppDbContext.SaveChangesAsync): the store's
/// writes, a generated ledger account, a label that follows a rename, the demo data. A record's terms are what
/// the types of its module's searched fields give (<see cref="SearchTerms"/>); an edit writes only the difference.
/// Records going to the recycle bin keep theirs (the bin's query filter hides them); those deleted for good lose them.
/// </summary>
public sealed class SearchIndexer
{
    private readonly List<(ModuleRegistration Module, EntityEntry Entry, HashSet<string> Before)> _saved = [];
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
                || catalog.ForRecord(entry.Metadata.ClrType) is not { Definition.SearchFields.Count: > 0 } module) continue;
            pending ??= new SearchIndexer();
            if (entry.State == EntityState.Deleted) pending._deleted.Add((module.Name, record.Id));
            else pending._saved.Add((module, entry, entry.State == EntityState.Added ? [] : SearchTerms.Of(module.Definition, entry.OriginalValues.ToObject())));
        }
        return pending;
    }

    /// <summary>After the records' save: their ids are known. Adds and removes terms, then saves again through <paramref name="save"/>.</summary>
    public async Task WriteAsync(AppDbContext db, Func<Task<int>> save, CancellationToken ct)
    {
        var written = new List<SearchTerm>();
        foreach (var (module, entry, before) in _saved)
        {
            var id = ((IRecord)entry.Entity).Id;
            var after = SearchTerms.Of(module.Definition, entry.Entity);
            foreach (var term in before.Where(t => !after.Contains(t)))
            {
                var gone = new SearchTerm { Module = module.Name, Term = term, RecordId = id };
                db.Attach(gone);
                db.Remove(gone);
                written.Add(gone);
            }
            foreach (var term in after.Where(t => !before.Contains(t)))
            {
                var added = new SearchTerm { Module = module.Name, Term = term, RecordId = id };
                db.Add(added);
                written.Add(added);
            }
        }
        foreach (var (module, id) in _deleted)
            await db.SearchTerms.Where(t => t.Module == module && t.RecordId == id).ExecuteDeleteAsync(ct);
        if (written.Count == 0) return;
        await save();
        // Tracked terms would clash with the same term removed or added by a later save of this context.
        foreach (var term in written) db.Entry(term).State = EntityState.Detached;
    }
}
