using Comptoir.Data.CustomFields;

namespace Comptoir.Data.Records;

/// <summary>
/// One page of a module's list, by keyset in the requested sort (see <see cref="KeysetPages"/>): a custom field
/// through its expression index, a standard text column through its index, else the title field.
/// </summary>
public static class RecordPager
{
    public const int MaxLimit = 200;

    /// <param name="query">The visible records that match the search and filters.</param>
    /// <param name="filtered">The keys of the filters applied: filtered on the sorted field, its value is one and the same.</param>
    /// <param name="maxLimit">The largest page: a list's, or an export's larger batches.</param>
    public static async Task<ListPage<T>> PageAsync<T>(IQueryable<T> query, ModuleDefinition module, ListRequest request,
        IReadOnlySet<string> filtered, CancellationToken ct, int maxLimit = MaxLimit)
        where T : class, IRecord
    {
        var limit = Math.Clamp(request.Limit, 1, maxLimit);
        var cursor = Keyset.Decode(request.Cursor);
        var sortField = request.Sort is null ? null : module.FindField(request.Sort);
        if (sortField is { Storage.IsCustom: true } && CustomFieldKinds.Sortable(sortField))
        {
            var key = sortField.Key;
            // Filtered on the sorted field, the value is one and the same: order by id alone. SQLite does not
            // see that an equality makes an expression constant, and would sort what the index already orders.
            var single = filtered.Contains(key);
            var page = CustomFieldKinds.KindOf(sortField) == CustomValueKind.Number
                ? await KeysetPages.ReadAsync(query, CustomFieldQueries.NumberOf<T>(key), cursor?.Number is { } n ? (n, cursor.Id, cursor.Before) : null,
                    request.Descending, limit, Keyset.Encode, single, ct)
                : await KeysetPages.ReadAsync(query, CustomFieldQueries.TextOf<T>(key), cursor?.Text is { } t ? (t, cursor.Id, cursor.Before) : null,
                    request.Descending, limit, Keyset.Encode, single, ct);
            return new ListPage<T>(page.Items, page.Next, key, request.Descending) { PreviousCursor = page.Previous };
        }

        // Keyset cursors carry text for real columns: a standard field sorts only when its column is text.
        if (sortField is null || sortField.Storage.IsCustom || !sortField.Sortable
            || typeof(T).GetProperty(sortField.OrderColumn!)?.PropertyType != typeof(string))
            sortField = module.FindField(module.TitleField)!;
        var column = sortField.OrderColumn!;
        var byColumn = await KeysetPages.ReadAsync(query, r => EF.Property<string>(r, column),
            cursor?.Text is { } after ? (after, cursor.Id, cursor.Before) : null,
            request.Descending, limit, (v, id, before) => Keyset.Encode(v ?? "", id, before), byIdOnly: false, ct);
        return new ListPage<T>(byColumn.Items, byColumn.Next, sortField.Key, request.Descending) { PreviousCursor = byColumn.Previous };
    }
}
