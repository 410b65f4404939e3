// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

using System.Collections.Concurrent;
using Comptoir.Core.Search;
using Comptoir.Data.Records;

namespace Comptoir.Data.Search;

/// <summary>
/// The records a query matches, through the terms' index: each word of a reading of the query is a range
/// (term >= word AND term &lt; next(word)) on (Module, Term), the records having all of them match, and a record
/// matches when one reading does (« CPT-000042 » whole, « 01 42 68 53 00 » as digits or as a phone). Never LIKE '%…%'.
/// </summary>
/// <remarks>
/// Two plans, chosen per reading by a bounded count of each word's range (cached a few seconds). When one of its
/// words has fewer than <see cref="DefaultWalkFrom"/> records, the words' ranges are intersected (the index read in
/// order; a few records are rather checked for the wider words), and the matches sorted: <c>Id IN (…)</c>, about 1.3 µs a
/// match on SQLite at 1M, whatever the list's order. When every word is wider, sorting them all for one page costs
/// more than walking the list's own order and checking each record's terms (<c>EXISTS</c> on the (Module,
/// RecordId, Term) index): so wide a range (« b », a city) is spread through any order, and a page of it is found
/// within a few hundred rows. Narrower words are not walked: the words of a name are bunched in an order by name
/// (every « Boulangerie … » together), and a walk would read every row before them.
/// </remarks>
public static class SearchMatch
{
    /// <summary>
    /// Records in a word's range from which its reading walks the list's order instead of sorting every match
    /// (measured at 1M accounts: docs/search.md); the setting Comptoir__Search__WalkFrom changes it.
    /// </summary>
    public const int DefaultWalkFrom = 50_000;

    private static readonly ConcurrentDictionary<(string Db, string Module, string Word, int UpTo), (int Count, DateTime Until)> Counts = new();

    /// <summary>
    /// The records of <paramref name="records"/> the query matches. On PostgreSQL, matches to be sorted are read
    /// first (their ids, fewer than <paramref name="walkFrom"/> a reading) and the page is then asked for those ids, fenced
    /// (<c>OFFSET 0</c>): its planner cannot estimate an INTERSECT (it took 565 matches for 30,000 and scanned the
    /// table) nor know that a word's records are bunched in the list's order (« Boulangerie … »), and would walk
    /// that order to stop early, reading every row before them (docs/search.md).
    /// </summary>
    /// <param name="walkFrom">See <see cref="DefaultWalkFrom"/>.</param>
    public static async Task<IQueryable<T>> ApplyAsync<T>(IQueryable<T> records, AppDbContext db, string module, SearchQuery query, int walkFrom,
        CancellationToken ct) where T : class, IRecord
    {
        var (sought, walked) = await PlanAsync<T>(db, module, query, walkFrom, ct);
        var record = walked?.Parameters[0] ?? Expression.Parameter(typeof(T), "r");
        if (sought is not null && walked is null && db.Provider == DatabaseProvider.Postgres)
        {
            // Fewer than walkFrom per reading: each reading's rarest range bounds its matches.
            var ids = await sought.Distinct().ToListAsync(ct);
            var none = 0; // a parameter, which EF keeps as OFFSET where it would drop a constant 0
            return records.Where(r => ids.Contains(r.Id)).Skip(none);
        }
        Expression? matches = sought is null ? null : ParameterRebinder.Body(Contains(sought), Expression.Property(record, nameof(IRecord.Id)));
        if (walked is not null) matches = matches is null ? walked.Body : Expression.OrElse(matches, walked.Body);
        return records.Where(matches is null ? r => false : Expression.Lambda<Func<T, bool>>(matches, record));
    }

    /// <summary>The ids of the readings whose matches are sorted, and the test of those that walk the list's order.</summary>
    private static async Task<(IQueryable<long>? Sought, Expression<Func<T, bool>>? Walked)> PlanAsync<T>(AppDbContext db, string module,
        SearchQuery query, int walkFrom, CancellationToken ct) where T : class, IRecord
    {
        IQueryable<long>? sought = null;
        Expression? walked = null;
        var record = Expression.Parameter(typeof(T), "r");
        foreach (var reading in query.Readings)
        {
            if (reading.Count == 0) continue;
            var counted = new List<(string Word, int Count)>();
            foreach (var word in reading) counted.Add((word, await CountAsync(db, module, word, walkFrom, ct)));
            counted.Sort((a, b) => a.Count.CompareTo(b.Count));
            if (counted[0].Count < walkFrom)
            {
                // The ranges intersected (an index read in order, ~0.2 µs a term). A wider word's range is read whole
                // only when the narrowest is wide too: checking a record's terms (EXISTS, ~2 µs) beats reading
                // at least walkFrom terms only for fewer than a tenth of that many records.
                var check = counted[0].Count * 10 < walkFrom;
                IQueryable<long>? ids = null;
                foreach (var (word, _) in counted.Where(c => !check || c.Count < walkFrom))
                    ids = ids is null ? Range(db, module, word) : ids.Intersect(Range(db, module, word));
                foreach (var (word, _) in counted.Where(c => check && c.Count >= walkFrom)) ids = ids!.Where(Having(db, module, word));
                sought = sought is null ? ids : sought.Union(ids!);
            }
            else
            {
                var id = Expression.Property(record, nameof(IRecord.Id));
                var all = counted.Select(c => ParameterRebinder.Body(Having(db, module, c.Word), id)).Aggregate(Expression.AndAlso);
                walked = walked is null ? all : Expression.OrElse(walked, all);
            }
        }
        return (sought, walked is null ? null : Expression.Lambda<Func<T, bool>>(walked, record));
    }

    /// <summary>The records having a term that starts with <paramref name="prefix"/>: one range of the (Module, Term) key.</summary>
    private static IQueryable<long> Range(AppDbContext db, string module, string prefix)
    {
        var upper = PrefixRange.Next(prefix);
        return db.SearchTerms.Where(t => t.Module == module && string.Compare(t.Term, prefix) >= 0 && string.Compare(t.Term, upper) < 0)
            .Select(t => t.RecordId);
    }

    /// <summary>Whether the record whose id it is given has a term starting with <paramref name="prefix"/>: a seek of (Module, RecordId, Term).</summary>
    private static Expression<Func<long, bool>> Having(AppDbContext db, string module, string prefix)
    {
        var upper = PrefixRange.Next(prefix);
        return id => db.SearchTerms.Any(t => t.Module == module && t.RecordId == id
                                             && string.Compare(t.Term, prefix) >= 0 && string.Compare(t.Term, upper) < 0);
    }

    private static Expression<Func<long, bool>> Contains(IQueryable<long> ids) => id => ids.Contains(id);

    /// <summary>
    /// How many records a word's range holds, counted no further than <paramref name="upTo"/> (the index alone). A
    /// word's frequency barely moves from one keystroke to the next: counted once every few seconds per word; a
    /// stale count only picks the slower of two correct plans.
    /// </summary>
    private static async Task<int> CountAsync(AppDbContext db, string module, string word, int upTo, CancellationToken ct)
    {
        var key = (db.Database.GetConnectionString() ?? "", module, word, upTo);
        if (Counts.TryGetValue(key, out var known) && known.Until > DateTime.UtcNow) return known.Count;
        var count = await Range(db, module, word).Take(upTo).CountAsync(ct);
        if (Counts.Count > 10_000) Counts.Clear();
        Counts[key] = (count, DateTime.UtcNow.AddSeconds(10));
        return count;
    }
}
