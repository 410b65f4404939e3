// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

using Comptoir.Data.Search;

namespace Comptoir.Data.Duplicates;

/// <summary>
/// « Trouver les doublons » over a whole module, set-based on the duplicate keys' index (« dup:&lt;module&gt; » in the
/// search terms): per criterion, the terms of its first field are walked in batches by keyset on Term; in each batch
/// one GROUP BY Term HAVING COUNT(*) &gt; 1 over the records still out of the recycle bin (joined on RecordId with the
/// criterion's other fields: ET) finds the shared keys, and one more query reads their records. Nothing is read per
/// record and no module is loaded whole; the groups of all criteria are merged at the end (<see cref="Merge"/>).
/// </summary>
public static class DuplicateGroupFinder
{
    /// <summary>Groups a run keeps at most: beyond, the module has bigger problems than a list can show.</summary>
    public const int MaxGroups = 10_000;
    /// <summary>Ids a group keeps (its <see cref="DuplicateGroup.Count"/> stays true).</summary>
    public const int MaxIds = 50;
    /// <summary>Index rows per batch: each batch is one short transaction of the job.</summary>
    public const int BatchRows = 10_000;

    /// <summary>What the run compares: the rule when an administrator turned it on, else the module's proposal.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> CriteriaOf(ModuleDefinition module, DuplicateRule rule)
    {
        var criteria = rule.Enabled ? rule.Criteria : module.Duplicates?.Proposed ?? [];
        var fields = module.Duplicates?.Fields ?? [];
        return criteria.Where(c => c.Count > 0 && c.All(f => fields.Contains(f))).ToList();
    }

    /// <summary>How many index rows the run walks (its progress' total): the terms of each criterion's first field.</summary>
    public static async Task<int> CountAsync(AppDbContext db, string module, IReadOnlyList<IReadOnlyList<string>> criteria, CancellationToken ct)
    {
        var total = 0;
        foreach (var criterion in criteria) total += await FieldTerms(db, module, criterion[0]).CountAsync(ct);
        return total;
    }

    /// <summary>A batch's answer: the groups whose first key lies in it, where the next starts (null: the criterion is done) and the rows it walked.</summary>
    public sealed record Batch(IReadOnlyList<(IReadOnlyList<long> Ids, int Count)> Groups, string? Next, int Rows);

    /// <summary>The groups of a criterion among the first field's terms after <paramref name="after"/> (from the start when null).</summary>
    public static async Task<Batch> NextAsync(AppDbContext db, ModuleRegistration registration, IReadOnlyList<string> fields, string? after,
        int batchRows, CancellationToken ct)
    {
        // One lower and one upper bound each time: given two, SQLite seeks by the field's and scans from its start.
        var (lower, upper) = Range(fields[0]);
        var index = DuplicateKeys.IndexOf(registration.Name);
        var walk = db.SearchTerms.AsNoTracking().Where(t => t.Module == index && string.Compare(t.Term, upper) < 0);
        walk = after is null ? walk.Where(t => string.Compare(t.Term, lower) >= 0) : walk.Where(t => string.Compare(t.Term, after) > 0);
        // The batch ends on a whole term: every record sharing a key is in the same batch.
        var bound = await walk.OrderBy(t => t.Term).Select(t => t.Term).Skip(batchRows).FirstOrDefaultAsync(ct);
        var first = db.SearchTerms.AsNoTracking().Where(t => t.Module == index);
        first = after is null ? first.Where(t => string.Compare(t.Term, lower) >= 0) : first.Where(t => string.Compare(t.Term, after) > 0);
        first = bound is null ? first.Where(t => string.Compare(t.Term, upper) < 0) : first.Where(t => string.Compare(t.Term, bound) <= 0);
        var rowCount = await first.CountAsync(ct);

        // EXISTS per index row (a primary key seek), not IN (…): SQLite would build the module's whole id list each batch.
        var live = registration.LiveIds(db);
        first = first.Where(t => live.Any(id => id == t.RecordId));
        var rows = Rows(db, registration.Name, first, fields);
        var shared = await rows.GroupBy(r => r.K1).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync(ct);
        var groups = new List<(IReadOnlyList<long>, int)>();
        if (shared.Count > 0)
        {
            var members = await rows.Where(r => shared.Contains(r.K1)).ToListAsync(ct);
            // The first key shared is not enough under ET: the other fields' keys must be the same too.
            foreach (var group in members.GroupBy(r => (r.K1, r.K2, r.K3)).Where(g => g.Count() > 1).OrderBy(g => g.Key.K1, StringComparer.Ordinal))
            {
                var ids = group.Select(r => r.Id).Distinct().Order().ToList();
                if (ids.Count > 1) groups.Add((ids.Take(MaxIds).ToList(), ids.Count));
            }
        }
        return new Batch(groups, bound, rowCount);
    }

    /// <summary>A record's keys for a criterion of up to three fields (<see cref="DuplicateRule.MaxFieldsPerCriterion"/>), by RecordId join.</summary>
    private static IQueryable<KeyRow> Rows(AppDbContext db, string module, IQueryable<SearchTerm> first, IReadOnlyList<string> fields) => fields.Count switch
    {
        1 => first.Select(a => new KeyRow { Id = a.RecordId, K1 = a.Term, K2 = "", K3 = "" }),
        2 => first.Join(ByRecord(db, module, fields[1]), a => a.RecordId, b => b.RecordId,
            (a, b) => new KeyRow { Id = a.RecordId, K1 = a.Term, K2 = b.Term, K3 = "" }),
        3 => first.Join(ByRecord(db, module, fields[1]), a => a.RecordId, b => b.RecordId, (a, b) => new { a, b })
            .Join(ByRecord(db, module, fields[2]), x => x.a.RecordId, c => c.RecordId,
                (x, c) => new KeyRow { Id = x.a.RecordId, K1 = x.a.Term, K2 = x.b.Term, K3 = c.Term }),
        _ => throw new ArgumentOutOfRangeException(nameof(fields), fields.Count, "A criterion has one to three fields."),
    };

    /// <summary>The keys of one field: the range « field=… » of the module's duplicate index.</summary>
    private static IQueryable<SearchTerm> FieldTerms(AppDbContext db, string module, string field)
    {
        var index = DuplicateKeys.IndexOf(module);
        var (lower, upper) = Range(field);
        return db.SearchTerms.AsNoTracking().Where(t => t.Module == index && string.Compare(t.Term, lower) >= 0 && string.Compare(t.Term, upper) < 0);
    }

    /// <summary>
    /// A joined field's keys, read by record: SQLite, which has no statistics here, would rather walk the field's whole
    /// range in the covering primary key for each record than seek (Module, RecordId, Term); INDEXED BY holds it to the seek
    /// (the subquery is flattened with it). PostgreSQL's statistics choose alone.
    /// </summary>
    private static IQueryable<SearchTerm> ByRecord(AppDbContext db, string module, string field)
    {
        if (db.Provider != DatabaseProvider.Sqlite) return FieldTerms(db, module, field);
        var index = DuplicateKeys.IndexOf(module);
        var (lower, upper) = Range(field);
        // An index's name cannot be a parameter; this one is the model's own, never input.
        var sql = "SELECT * FROM \"SearchTerms\" INDEXED BY \"" + ByRecordIndex(db) + "\"";
        return db.SearchTerms.FromSqlRaw(sql).AsNoTracking()
            .Where(t => t.Module == index && string.Compare(t.Term, lower) >= 0 && string.Compare(t.Term, upper) < 0);
    }

    /// <summary>The name of the terms' (Module, RecordId, Term) index, as the model gives it (SearchTermConfiguration), not written twice.</summary>
    private static string ByRecordIndex(AppDbContext db) =>
        db.Model.FindEntityType(typeof(SearchTerm))!.GetIndexes()
            .Single(i => i.Properties[0].Name == nameof(SearchTerm.Module) && i.Properties[1].Name == nameof(SearchTerm.RecordId))
            .GetDatabaseName()!;

    private static (string Lower, string Upper) Range(string field)
    {
        var lower = field + "=";
        return (lower, PrefixRange.Next(lower));
    }

    private sealed class KeyRow
    {
        public long Id { get; init; }
        public string K1 { get; init; } = "";
        public string K2 { get; init; } = "";
        public string K3 { get; init; } = "";
    }

    /// <summary>
    /// One group per set of records linked by any criterion (a record in two groups joins them: union-find over the
    /// groups' ids), ids oldest first, biggest groups first. A group's count is at least its largest part's.
    /// </summary>
    public static List<(List<long> Ids, int Count, List<string> Fields)> Merge(IReadOnlyList<(IReadOnlyList<long> Ids, int Count, IReadOnlyList<string> Fields)> groups)
    {
        var parent = Enumerable.Range(0, groups.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        var owner = new Dictionary<long, int>();
        for (var g = 0; g < groups.Count; g++)
            foreach (var id in groups[g].Ids)
                if (owner.TryGetValue(id, out var other)) parent[Find(g)] = Find(other);
                else owner[id] = g;

        return Enumerable.Range(0, groups.Count).GroupBy(Find)
            .Select(set =>
            {
                var ids = set.SelectMany(g => groups[g].Ids).Distinct().Order().ToList();
                var count = Math.Max(ids.Count, set.Max(g => groups[g].Count));
                var fields = set.SelectMany(g => groups[g].Fields).Distinct(StringComparer.Ordinal).ToList();
                return (Ids: ids.Take(MaxIds).ToList(), Count: count, Fields: fields);
            })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Ids[0])
            .ToList();
    }
}
