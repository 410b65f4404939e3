// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

using Comptoir.Core.Search;

namespace Comptoir.Data.Search;

/// <summary>
/// The records a query matches, through the terms' index: each word of a reading of the query is a range
/// (term >= word AND term &lt; next(word)) on (Module, Term), the records having all of them match, and a record
/// matches when one reading does (« CPT-000042 » whole, « 01 42 68 53 00 » as digits or as a phone). Never LIKE '%…%'.
/// </summary>
public static class SearchMatch
{
    /// <summary>
    /// One IN over the UNION of the readings, each the INTERSECT of its words' ranges: both databases then seek the
    /// records by id from the few ids found. An OR of several INs made SQLite walk the whole table instead.
    /// </summary>
    public static Expression<Func<T, bool>> Predicate<T>(AppDbContext db, string module, SearchQuery query) where T : class, IRecord
    {
        IQueryable<long>? any = null;
        foreach (var reading in query.Readings)
        {
            IQueryable<long>? all = null;
            foreach (var word in reading)
            {
                var ids = Range(db, module, word);
                all = all is null ? ids : all.Intersect(ids);
            }
            if (all is not null) any = any is null ? all : any.Union(all);
        }
        if (any is null) return r => false;
        return r => any.Contains(r.Id);
    }

    /// <summary>The records having a term that starts with <paramref name="prefix"/>: one range of the (Module, Term) key.</summary>
    private static IQueryable<long> Range(AppDbContext db, string module, string prefix)
    {
        var upper = PrefixRange.Next(prefix);
        return db.SearchTerms.Where(t => t.Module == module && string.Compare(t.Term, prefix) >= 0 && string.Compare(t.Term, upper) < 0)
            .Select(t => t.RecordId);
    }
}
