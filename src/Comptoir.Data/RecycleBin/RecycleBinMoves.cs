using System.Text.Json.Nodes;
using Comptoir.Data.History;

namespace Comptoir.Data.RecycleBin;

/// <summary>
/// Moves a record to the bin and back, with what goes with it. Both run inside the caller's write
/// transaction (see RecordStore.DeleteAsync / RestoreAsync): the record, what goes with it, the cleared links,
/// the history lines and the bin entry are written together or not at all. The links are the Reference fields
/// of every registered module (<see cref="ModuleCatalog.ReferencesTo"/>) that point at what goes.
/// </summary>
public static class RecycleBinMoves
{
    private const int TitleMax = 200;
    private const int NameMax = 100;

    /// <param name="module">The module as the registry has it now (its title field names the entry).</param>
    /// <param name="going">The records a delete option sends to the bin with this one (the user sees them).</param>
    /// <param name="merged">A merge's record: the one kept and the references already moved to it, its history line « Fusionné dans … ».</param>
    public static async Task MoveAsync(AppDbContext db, ModuleCatalog catalog, ModuleRegistration registration, ModuleDefinition module,
        IRecord record, IReadOnlyList<DeletedWith> going, UserContext user, CancellationToken ct, (MergedInto Into, List<MovedLink> Moved)? merged = null)
    {
        var now = DateTime.UtcNow;
        var related = merged is { } merge ? new RelatedRecords { MergedInto = merge.Into, Moved = merge.Moved } : new RelatedRecords();
        var deletable = (ISoftDeletable)record;
        deletable.DeletedAt = now;
        deletable.DeletedById = user.UserId;
        // A new version: a second deletion of the same record racing this one fails on the concurrency token.
        record.Version++;
        foreach (var with in going)
        {
            await catalog.Find(with.Module)!.BinAsync(db, with.Ids, user, now, ct);
            foreach (var id in with.Ids) RecordHistory.Add(db, with.Module, id, user, RecordHistory.Deleted, []);
            related.Deleted.Add(with);
        }

        // Every other record pointing at what goes loses that link (a reference to the bin nobody could see nor
        // save again), deleted ones included; what goes together keeps its links, and comes back with them.
        IEnumerable<(string Module, List<long> Ids)> targets = [.. going.Select(g => (g.Module, g.Ids)), (registration.Name, [record.Id])];
        foreach (var (target, ids) in targets)
            foreach (var (from, reference) in catalog.ReferencesTo(target))
            {
                var together = going.Where(g => g.Module == from.Name).SelectMany(g => g.Ids).ToList();
                if (from == registration) together.Add(record.Id);
                foreach (var (id, to) in await from.CutAsync(db, reference.Storage.Column!, ids, together, user, now, ct))
                {
                    Changed(db, from.Name, id, reference.Key, to, null, user);
                    related.Links.Add(new CutLink(from.Name, reference.Key, id, to));
                }
            }

        RecordHistory.Add(db, module.Name, record.Id, user, merged is { } m ? RecordHistory.MergedInto(m.Into.Number) : RecordHistory.Deleted, []);
        var title = module.FindField(module.TitleField) is { } field ? FieldAccess.Get(record, field)?.ToString() ?? "" : "";
        db.RecycleBin.Add(new RecycleBinEntry
        {
            Module = module.Name,
            RecordId = record.Id,
            Title = Cut(title.Length > 0 ? title : record.Number, TitleMax),
            DeletedAt = now,
            DeletedById = user.UserId,
            DeletedByName = Cut(user.DisplayName, NameMax),
            Related = related.ToJson(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>False when the record has no bin entry (it went with another record: restore that one).</summary>
    public static async Task<bool> RestoreAsync(AppDbContext db, ModuleCatalog catalog, ModuleDefinition module, IRecord record, UserContext user, CancellationToken ct)
    {
        var entry = await db.RecycleBin.Where(e => e.Module == module.Name && e.RecordId == record.Id)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        if (entry is null) return false;
        var related = RelatedRecords.Parse(entry.Related);
        var now = DateTime.UtcNow;
        var deletable = (ISoftDeletable)record;
        deletable.DeletedAt = null;
        deletable.DeletedById = null;
        record.Version++;

        foreach (var with in related.Deleted)
        {
            if (catalog.Find(with.Module) is not { GoesToBin: true } registration) continue;
            foreach (var id in await registration.UnbinAsync(db, with.Ids, ct)) RecordHistory.Add(db, with.Module, id, user, RecordHistory.Restored, []);
        }
        // A link comes back only where nobody set another since (the reference is still empty).
        foreach (var group in related.Links.GroupBy(l => (l.Module, l.Field, l.To)))
        {
            var (from, key, to) = group.Key;
            if (catalog.Find(from) is not { } registration || registration.Definition.FindField(key)?.Storage.Column is not { } column) continue;
            foreach (var id in await registration.RelinkAsync(db, column, to, group.Select(l => l.Id).ToList(), user, now, ct))
                Changed(db, from, id, key, null, to, user);
        }
        // What a merge moved to the record kept goes back where it still points there.
        foreach (var group in related.Moved.GroupBy(l => (l.Module, l.Field, l.To)))
        {
            var (from, key, kept) = group.Key;
            if (catalog.Find(from) is not { } registration || registration.Definition.FindField(key)?.Storage.Column is not { } column) continue;
            foreach (var (id, _) in await registration.RepointAsync(db, column, [kept], record.Id, except: null, group.Select(l => l.Id).ToList(), user, now, ct))
                Changed(db, from, id, key, kept, record.Id, user);
        }

        RecordHistory.Add(db, module.Name, record.Id, user, RecordHistory.Restored, []);
        db.RecycleBin.Remove(entry);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A reference the bin cleared or put back shows in the record's history like any edit.</summary>
    internal static void Changed(AppDbContext db, string module, long id, string field, long? old, long? now, UserContext user) =>
        RecordHistory.Add(db, module, id, user, RecordHistory.Updated,
            [new FieldChange(field, old is long o ? JsonValue.Create(o) : null, now is long n ? JsonValue.Create(n) : null)]);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
