using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Comptoir.Web.Features.Shared.Records;

/// <summary>
/// A module's own list page (« Comptes clients », « Contacts »): searched, filtered on its picklists and
/// yes/no fields, sorted by any list column and paged by keyset (never OFFSET).
/// </summary>
public abstract class RecordListModel<T>(RecordStore<T> store, CurrentUser current, RecordNames names, string listPath) : PageModel
    where T : class, IRecord, new()
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Dir { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }

    public ModuleDefinition Module => store.Module;
    public IReadOnlyList<FieldDefinition> Columns { get; private set; } = [];
    public ListPage<T> Result { get; private set; } = null!;
    public FormatContext Names { get; private set; } = FormatContext.Current;
    /// <summary>The column that links to the record: its title field, or the first one if an admin removed it from the list.</summary>
    public FieldDefinition? LinkColumn => Columns.FirstOrDefault(c => c.Key == Module.TitleField) ?? (Columns.Count > 0 ? Columns[0] : null);
    public bool Searching => !string.IsNullOrWhiteSpace(Query);

    /// <summary>Picklists and yes/no fields, standard or custom: what the filter bar offers, as the layout has them now.</summary>
    public IReadOnlyList<FieldDefinition> FilterFields => Module.ActiveFields
        .Where(f => f.Type is PicklistFieldType or CheckboxFieldType && Api.ListQuery.Filterable(f)).ToList();
    /// <summary>The filters in use, by field key (?industry=food&amp;cf_niveau=or), as the API takes them.</summary>
    public Dictionary<string, string> Filters { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        Columns = Module.ListColumns.ToList();
        foreach (var field in FilterFields)
            if (Request.Query[field.Key].ToString() is { Length: > 0 } value) Filters[field.Key] = value;
        var descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        Result = await store.ListAsync(user, new ListRequest(Query, Sort, descending, Cursor, PageSize) { Filters = Filters }, ct);
        Names = await names.ForAsync(Module, Result.Items, ct);
    }

    public string Display(T record, FieldDefinition field) =>
        field.Type.Format(field, FieldAccess.Get(record, field), Names);

    /// <summary>Clicking the active column flips its direction; any other column starts ascending. The search is kept, the page is not.</summary>
    public string SortUrl(FieldDefinition field)
    {
        var descending = field.Key == Result.Sort && !Result.Descending;
        return ListUrl(field.Key, descending ? "desc" : "asc", cursor: null);
    }

    public string? AriaSort(FieldDefinition field) =>
        field.Key != Result.Sort ? null : Result.Descending ? "descending" : "ascending";

    public string NextUrl => ListUrl(Result.Sort, Result.Descending ? "desc" : "asc", Result.NextCursor);
    public string FirstUrl => ListUrl(Result.Sort, Result.Descending ? "desc" : "asc", cursor: null);

    private string ListUrl(string sort, string dir, string? cursor)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Searching) query["q"] = Query!.Trim();
        foreach (var (key, value) in Filters) query[key] = value;
        query["sort"] = sort;
        query["dir"] = dir;
        if (cursor is not null) query["cursor"] = cursor;
        return QueryHelpers.AddQueryString(listPath, query);
    }
}
