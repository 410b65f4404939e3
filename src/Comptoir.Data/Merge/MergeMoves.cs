using Comptoir.Data.RecycleBin;

namespace Comptoir.Data.Merge;

/// <summary>
/// What points at the merged records now points at the one kept: every Reference field of every registered module
/// (<see cref="ModuleCatalog.ReferencesTo"/>), deleted records included, each move a line in the moved record's history.
/// The record kept is left out: if it pointed at a merged one, the bin clears that link (and a restore puts it back).
/// </summary>
internal static class MergeMoves
{
    /// <returns>The links moved away from each merged record, for its bin entry (a restore moves them back).</returns>
    public static async Task<Dictionary<long, List<MovedLink>>> MoveAsync(AppDbContext db, ModuleCatalog catalog, string module,
        IReadOnlyCollection<long> sources, long target, UserContext user, DateTime now, CancellationToken ct)
    {
        var moved = sources.ToDictionary(s => s, _ => new List<MovedLink>());
        foreach (var (from, reference) in catalog.ReferencesTo(module))
            foreach (var (id, was) in await from.RepointAsync(db, reference.Storage.Column!, sources, target,
                         except: from.Name == module ? target : null, among: null, user, now, ct))
            {
                RecycleBinMoves.Changed(db, from.Name, id, reference.Key, was, target, user);
                moved[was].Add(new MovedLink(from.Name, reference.Key, id, was, target));
            }
        return moved;
    }
}
