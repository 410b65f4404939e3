// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

using Comptoir.Core.Search;

namespace Comptoir.Data.Search;

/// <summary>
/// The records a query matches, through the terms' index: each word of a reading of the query is a range
/// (term >= word AND term &lt; next(word)) on (Module, Term), the records having all of them match, and a record
/// matches when one reading does (« 01 42 68 53 00 » as words, as digits or as a phone). Never LIKE '%…%'.
/// </summary>
public static class SearchMatch
{
    public static Expression<Func<T, bool>> Predicate<T>(AppDbContext db, string module, SearchQuery query) where T : class, IRecord
    {
        var r = Expression.Parameter(typeof(T), "r");
        Expression? any = null;
        foreach (var reading in query.Readings)
        {
            Expression? all = null;
            foreach (var word in reading)
            {
                var has = ParameterRebinder.Body(Has<T>(db, module, word), r);
                all = all is null ? has : Expression.AndAlso(all, has);
            }
            if (all is not null) any = any is null ? all : Expression.OrElse(any, all);
        }
        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(false), r);
    }

    /// <summary>The record has a term starting with <paramref name="prefix"/>: its id is in the term range's records.</summary>
    private static Expression<Func<T, bool>> Has<T>(AppDbContext db, string module, string prefix) where T : class, IRecord
    {
        var upper = PrefixRange.Next(prefix);
        var ids = db.SearchTerms.Where(t => t.Module == module && string.Compare(t.Term, prefix) >= 0 && string.Compare(t.Term, upper) < 0)
            .Select(t => t.RecordId);
        return rec => ids.Contains(rec.Id);
    }
}
