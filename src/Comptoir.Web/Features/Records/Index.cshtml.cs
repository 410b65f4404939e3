using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Records;

/// <summary>A module's list: searched, sorted by any list column and paged by keyset both ways (never OFFSET), as « Comptes clients ».</summary>
public sealed class IndexModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Dir { get; set; }
    [BindProperty(SupportsGet = true, Name = "cursor")] public string? Cursor { get; set; }
    [BindProperty(SupportsGet = true, Name = "size")] public string? Size { get; set; }

    public IReadOnlyList<FieldDefinition> Columns { get; private set; } = [];
    public ListPage<IRecord> Result { get; private set; } = null!;
    public ListPager Pager { get; private set; } = null!;
    public FormatContext ListNames { get; private set; } = FormatContext.Current;
    public FieldDefinition? LinkColumn => Columns.FirstOrDefault(c => c.Key == Module.TitleField) ?? (Columns.Count > 0 ? Columns[0] : null);
    public bool Searching => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Columns = Module.ListColumns.ToList();
        var descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        var state = new ListState(BaseUrl, Query, new Dictionary<string, string>(), Sort, descending, Cursor, ListPager.SizeOf(Size));
        (Result, Pager) = await ListPager.ReadAsync(state, r => Store.ListRecordsAsync(user, r, ct), (r, upTo) => Store.CountAsync(user, r, upTo, ct));
        ListNames = await Names.ForAsync(Module, Result.Items, ct);
    }

    public string Display(IRecord record, FieldDefinition field) =>
        field.Type.Format(field, FieldAccess.Get(record, field), ListNames);

    public string SortUrl(FieldDefinition field) => Pager.SortUrl(field);

    public string? AriaSort(FieldDefinition field) => Pager.AriaSort(field);
}
