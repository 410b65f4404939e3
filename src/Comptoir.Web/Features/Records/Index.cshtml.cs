using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Records;

/// <summary>A module's list: searched, sorted by any list column and paged by keyset (never OFFSET), as « Comptes clients ».</summary>
public sealed class IndexModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Dir { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }

    public IReadOnlyList<FieldDefinition> Columns { get; private set; } = [];
    public ListPage<IRecord> Result { get; private set; } = null!;
    public FormatContext ListNames { get; private set; } = FormatContext.Current;
    public FieldDefinition? LinkColumn => Columns.FirstOrDefault(c => c.Key == Module.TitleField) ?? (Columns.Count > 0 ? Columns[0] : null);
    public bool Searching => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Columns = Module.ListColumns.ToList();
        var descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        Result = await Store.ListRecordsAsync(user, new ListRequest(Query, Sort, descending, Cursor, PageSize), ct);
        ListNames = await Names.ForAsync(Module, Result.Items, ct);
    }

    public string Display(IRecord record, FieldDefinition field) =>
        field.Type.Format(field, FieldAccess.Get(record, field), ListNames);

    /// <summary>Clicking the active column flips its direction; any other column starts ascending. The search is kept, the page is not.</summary>
    public string SortUrl(FieldDefinition field) =>
        ListUrl(field.Key, field.Key == Result.Sort && !Result.Descending ? "desc" : "asc", cursor: null);

    public string? AriaSort(FieldDefinition field) =>
        field.Key != Result.Sort ? null : Result.Descending ? "descending" : "ascending";

    public string NextUrl => ListUrl(Result.Sort, Result.Descending ? "desc" : "asc", Result.NextCursor);
    public string FirstUrl => ListUrl(Result.Sort, Result.Descending ? "desc" : "asc", cursor: null);

    private string ListUrl(string sort, string dir, string? cursor)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (Searching) query["q"] = Query!.Trim();
        query["sort"] = sort;
        query["dir"] = dir;
        if (cursor is not null) query["cursor"] = cursor;
        return QueryHelpers.AddQueryString(BaseUrl, query);
    }
}
