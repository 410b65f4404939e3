namespace Comptoir.Data.Records;

/// <summary>A page read by keyset, with the cursors of the pages on either side (null where there is none).</summary>
public sealed record KeysetPage<T>(List<T> Items, string? Next, string? Previous);

/// <summary>
/// Reads one keyset page ordered by (sort value, Id), forwards after a cursor or backwards before one.
/// The page before a row is the rows just before it read in the reverse order, then turned back: so
/// « Page précédente » shows exactly the rows that page showed, without OFFSET.
/// </summary>
public static class KeysetPages
{
    /// <summary>
    /// After a cursor (value, id) it reads the rest of that value by id, then the values beyond it: two
    /// seeks in the (value, Id) index, where one predicate "value ≥ v and (value > v or id > last)" would
    /// walk every row of v before the cursor (half a million « bronze » deep in a picklist sort). The sort
    /// value is read back from SQL with each row, so a cursor holds exactly what the database compares
    /// (a double as SQL computed it).
    /// </summary>
    /// <param name="from">The cursor's row, and whether the page lies before it; null for the first page.</param>
    /// <param name="byIdOnly">Every row has the same sort value (filtered on it): ordering by id alone gives the same order.</param>
    /// <param name="encode">Writes the cursor of a row: (value, id, before).</param>
    public static async Task<KeysetPage<T>> ReadAsync<T, TKey>(IQueryable<T> query, Expression<Func<T, TKey>> sortKey,
        (TKey Value, long Id, bool Before)? from, bool descending, int limit, Func<TKey, long, bool, string> encode, bool byIdOnly, CancellationToken ct)
        where T : class, IRecord
    {
        var backwards = from is { Before: true };
        // Backwards is forwards in the reverse order, from the same row.
        var rows = await ReadRowsAsync(query, sortKey, from is var (value, id, _) ? (value, id) : null, descending != backwards, limit, byIdOnly, ct);
        var more = rows.Count > limit;
        if (more) rows.RemoveAt(limit);
        if (!backwards)
            return new KeysetPage<T>(rows.ConvertAll(r => r.Record),
                Next: more ? encode(rows[^1].Key, rows[^1].Record.Id, false) : null,
                // Rows came before the cursor's row, even if they have gone since: the first page then answers.
                Previous: from is not null && rows.Count > 0 ? encode(rows[0].Key, rows[0].Record.Id, true) : null);

        // Fewer rows than a page before the cursor (some were deleted): what is before is the first page, read whole.
        if (!more && rows.Count < limit)
            return await ReadAsync(query, sortKey, null, descending, limit, encode, byIdOnly, ct);
        rows.Reverse();
        return new KeysetPage<T>(rows.ConvertAll(r => r.Record),
            Next: encode(rows[^1].Key, rows[^1].Record.Id, false),
            Previous: more ? encode(rows[0].Key, rows[0].Record.Id, true) : null);
    }

    /// <summary>Up to <paramref name="limit"/> + 1 rows after (value, id) in the given order, with their sort values.</summary>
    private static async Task<List<SortedRow<T, TKey>>> ReadRowsAsync<T, TKey>(IQueryable<T> query, Expression<Func<T, TKey>> sortKey,
        (TKey Value, long Id)? after, bool descending, int limit, bool byIdOnly, CancellationToken ct)
        where T : class, IRecord
    {
        var row = sortKey.Parameters[0];
        var select = Expression.Lambda<Func<T, SortedRow<T, TKey>>>(
            Expression.New(typeof(SortedRow<T, TKey>).GetConstructors()[0], row, sortKey.Body), row);
        var rows = new List<SortedRow<T, TKey>>(limit + 1);
        if (after is var (value, id))
        {
            var sameValue = query.Where(Keyset.Compare(sortKey, ExpressionType.Equal, value));
            sameValue = descending ? sameValue.Where(r => r.Id < id).OrderByDescending(r => r.Id) : sameValue.Where(r => r.Id > id).OrderBy(r => r.Id);
            rows.AddRange(await sameValue.Select(select).Take(limit + 1).ToListAsync(ct));
            if (rows.Count <= limit && !byIdOnly)
            {
                var beyond = query.Where(Keyset.Compare(sortKey, descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, value));
                rows.AddRange(await Ordered(beyond, sortKey, descending, byIdOnly).Select(select).Take(limit + 1 - rows.Count).ToListAsync(ct));
            }
        }
        else rows.AddRange(await Ordered(query, sortKey, descending, byIdOnly).Select(select).Take(limit + 1).ToListAsync(ct));
        return rows;
    }

    private static IQueryable<T> Ordered<T, TKey>(IQueryable<T> query, Expression<Func<T, TKey>> sortKey, bool descending, bool byIdOnly)
        where T : class, IRecord =>
        (descending, byIdOnly) switch
        {
            (true, true) => query.OrderByDescending(r => r.Id),
            (false, true) => query.OrderBy(r => r.Id),
            (true, false) => query.OrderByDescending(sortKey).ThenByDescending(r => r.Id),
            (false, false) => query.OrderBy(sortKey).ThenBy(r => r.Id),
        };

    private sealed record SortedRow<T, TKey>(T Record, TKey Key);
}
