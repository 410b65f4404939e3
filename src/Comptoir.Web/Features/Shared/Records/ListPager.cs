using Comptoir.Core.Records.Filtering;
using Microsoft.AspNetCore.WebUtilities;

namespace Comptoir.Web.Features.Shared.Records;

/// <summary>What a list page was asked for: its address, search, filters (by field key), sort, cursor and page size.</summary>
public sealed record ListState(string Path, string? Search, IReadOnlyDictionary<string, string> Filters, string? Sort, bool Descending, string? Cursor, int Size)
{
    /// <summary>Conditions (cond.*), the « OU » group (or.*) and the chosen columns.</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public IReadOnlyList<Condition> AnyOf { get; init; } = [];
    public IReadOnlyList<string>? Columns { get; init; }
    /// <summary>Those conditions and columns as the links carry them, after the filters.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];

    public ListRequest Request => new(Search, Sort, Descending, Cursor, Size) { Filters = Filters, Conditions = Conditions, AnyOf = AnyOf, Columns = Columns };
}

/// <summary>
/// The paging of every list page (« Comptes clients », « Contacts » and the generic lists): the number of
/// matches, the links to the first, previous and next pages, the sort links and the page size, each link
/// keeping the search, the filters, the sort and the size. Rendered by _ListPager.cshtml.
/// </summary>
public sealed class ListPager
{
    public static readonly IReadOnlyList<int> Sizes = [25, 50, 100];

    /// <summary>Matches are counted exactly up to here, then shown as « plus de 10 000 ».</summary>
    public const int MaxCount = 10_000;

    private readonly ListState _state;

    private ListPager(ListState state, string sort, bool descending, string? next, string? previous, int count)
    {
        _state = state;
        Sort = sort;
        Descending = descending;
        NextUrl = next is null ? null : Url(sort, descending, next);
        PreviousUrl = previous is null ? null : Url(sort, descending, previous);
        FirstUrl = previous is null ? null : Url(sort, descending, cursor: null);
        Count = count;
    }

    /// <summary>A size the select offers, or the first one: any other value (« 1000 », « abc ») gets 25 rows.</summary>
    public static int SizeOf(string? requested) =>
        int.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && Sizes.Contains(size) ? size : Sizes[0];

    /// <summary>Reads the page the state asks for and counts the matches (bounded: cheap at a million rows).</summary>
    public static async Task<(ListPage<T> Page, ListPager Pager)> ReadAsync<T>(ListState state,
        Func<ListRequest, Task<ListPage<T>>> list, Func<ListRequest, int, Task<int>> count)
    {
        var request = state.Request;
        var page = await list(request);
        // A cursor that leads nowhere now (its rows deleted meanwhile) shows the first page rather than an empty list.
        if (page.Items.Count == 0 && request.Cursor is not null) page = await list(request with { Cursor = null });
        // One page holds every match: they are counted already.
        var matches = page.NextCursor is null && page.PreviousCursor is null ? page.Items.Count : await count(request, MaxCount + 1);
        return (page, new ListPager(state, page.Sort, page.Descending, page.NextCursor, page.PreviousCursor, matches));
    }

    public string Path => _state.Path;
    public int Size => _state.Size;
    /// <summary>The sort the store applied (a field key), which may differ from the one asked for.</summary>
    public string Sort { get; }
    public bool Descending { get; }
    /// <summary>The matches, up to <see cref="MaxCount"/> + 1 (see <see cref="MoreThanMax"/>).</summary>
    public int Count { get; }
    public bool MoreThanMax => Count > MaxCount;

    /// <summary>Null on the first page.</summary>
    public string? FirstUrl { get; }
    /// <summary>Null on the first page.</summary>
    public string? PreviousUrl { get; }
    /// <summary>Null on the last page.</summary>
    public string? NextUrl { get; }

    /// <summary>Clicking the active column flips its direction; any other column starts ascending. Search, filters and size are kept, the page is not.</summary>
    public string SortUrl(FieldDefinition field) => Url(field.Key, field.Key == Sort && !Descending, cursor: null);

    public string? AriaSort(FieldDefinition field) =>
        field.Key != Sort ? null : Descending ? "descending" : "ascending";

    /// <summary>The search, filters and sort, as hidden inputs of a form that changes something else (the page size).</summary>
    public IEnumerable<KeyValuePair<string, string>> StateFields => Query(Sort, Descending).Select(p => KeyValuePair.Create(p.Key, p.Value!));

    /// <summary>
    /// The same state in the API's words (order rather than dir, no ?view=: its parameters are in the state already),
    /// for what acts on the list's matches: « Exporter », the mass actions.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> ApiFields => StateFields
        .Where(p => p.Key != Views.ViewQuery.Parameter)
        .Select(p => p.Key == "dir" ? KeyValuePair.Create("order", p.Value) : p);

    private string Url(string sort, bool descending, string? cursor)
    {
        var query = Query(sort, descending);
        query.Add(KeyValuePair.Create("size", (string?)Size.ToString(CultureInfo.InvariantCulture)));
        if (cursor is not null) query.Add(KeyValuePair.Create("cursor", (string?)cursor));
        return QueryHelpers.AddQueryString(_state.Path, query);
    }

    // A list of pairs, not a dictionary: two conditions may share a parameter (cond.name.contains=a&cond.name.contains=b).
    private List<KeyValuePair<string, string?>> Query(string sort, bool descending)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(_state.Search)) query.Add(KeyValuePair.Create("q", (string?)_state.Search.Trim()));
        foreach (var (key, value) in _state.Filters) query.Add(KeyValuePair.Create(key, (string?)value));
        foreach (var (key, value) in _state.Extra) query.Add(KeyValuePair.Create(key, (string?)value));
        query.Add(KeyValuePair.Create("sort", (string?)sort));
        query.Add(KeyValuePair.Create("dir", (string?)(descending ? "desc" : "asc")));
        return query;
    }
}
