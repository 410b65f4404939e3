// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Duplicates;

/// <summary>
/// The records whose duplicate keys equal a record's, through the (Module, Term) key of the terms' table: a criterion
/// is the INTERSECT of one equality seek per field, a SIREN one range. Ids only; the store keeps what the user may see.
/// </summary>
public static class DuplicateFinder
{
    /// <summary>The most ids a criterion answers: enough to list, not a module's worth of one common name.</summary>
    public const int Limit = 20;

    /// <summary>Each matching id with the fields it matched on and whether a criterion of the rule (<c>ByRule</c>) matched it.</summary>
    public static async Task<Dictionary<long, (SortedSet<string> Fields, bool ByRule)>> MatchAsync(AppDbContext db, string module,
        IReadOnlyDictionary<string, string> keys, IEnumerable<(IReadOnlyList<string> Fields, bool ByRule)> criteria, long? exclude, CancellationToken ct)
    {
        var index = DuplicateKeys.IndexOf(module);
        var found = new Dictionary<long, (SortedSet<string> Fields, bool ByRule)>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fields, byRule) in criteria)
        {
            // A criterion applies only when every one of its fields has a value: an empty first name matches nobody.
            if (fields.Count == 0 || fields.Any(f => !keys.ContainsKey(f))) continue;
            if (!asked.Add(string.Join('\u0001', fields) + (byRule ? "!" : "")) ) continue;
            IQueryable<long>? ids = null;
            foreach (var field in fields)
            {
                var term = DuplicateKeys.Term(field, keys[field]);
                var one = db.SearchTerms.Where(t => t.Module == index && t.Term == term).Select(t => t.RecordId);
                ids = ids is null ? one : ids.Intersect(one);
            }
            if (exclude is long excluded) ids = ids!.Where(id => id != excluded);
            foreach (var id in await ids!.Take(Limit).ToListAsync(ct))
            {
                if (!found.TryGetValue(id, out var hit)) found[id] = hit = (new SortedSet<string>(StringComparer.Ordinal), false);
                hit.Fields.UnionWith(fields);
                if (byRule) found[id] = (hit.Fields, true);
            }
        }
        return found;
    }

    /// <summary>
    /// The records sharing a related key (a SIREN) but not the key itself (another SIRET): each field's related prefix
    /// is a range « field=prefix… » of the same index.
    /// </summary>
    public static async Task<Dictionary<long, (SortedSet<string> Fields, bool ByRule)>> RelatedAsync(AppDbContext db, string module,
        IReadOnlyDictionary<string, (string Key, string Related)> related, long? exclude, CancellationToken ct)
    {
        var index = DuplicateKeys.IndexOf(module);
        var found = new Dictionary<long, (SortedSet<string> Fields, bool ByRule)>();
        foreach (var (field, (key, prefix)) in related)
        {
            var lower = DuplicateKeys.Term(field, prefix);
            var upper = PrefixRange.Next(lower);
            var same = DuplicateKeys.Term(field, key);
            var ids = db.SearchTerms.Where(t => t.Module == index && string.Compare(t.Term, lower) >= 0 && string.Compare(t.Term, upper) < 0 && t.Term != same)
                .Select(t => t.RecordId);
            if (exclude is long excluded) ids = ids.Where(id => id != excluded);
            foreach (var id in await ids.Take(Limit).ToListAsync(ct))
            {
                if (!found.TryGetValue(id, out var hit)) found[id] = hit = (new SortedSet<string>(StringComparer.Ordinal), false);
                hit.Fields.Add(field);
            }
        }
        return found;
    }
}
