using Comptoir.Web.Features.FieldTypes;

namespace Comptoir.Web.Features.Records;

/// <summary>
/// A module's list (« Comptes clients », « Produits »…): searched, filtered on its picklists and yes/no fields
/// where the module offers it, sorted by any list column and paged by keyset both ways (never OFFSET), 25, 50 or 100 rows a page.
/// </summary>
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
    /// <summary>The column that links to the record: its title field, or the first one if an admin removed it from the list.</summary>
    public FieldDefinition? LinkColumn => Columns.FirstOrDefault(c => c.Key == Module.TitleField) ?? (Columns.Count > 0 ? Columns[0] : null);
    public bool Searching => !string.IsNullOrWhiteSpace(Query);

    /// <summary>Picklists and yes/no fields, standard or custom: what the filter bar offers, as the layout has them now.</summary>
    public IReadOnlyList<FieldDefinition> FilterFields => !Module.ListFilters ? [] : Module.ActiveFields
        .Where(f => TypeViews.ViewOf(f.Type).ListFilter is not null && Api.ListQuery.Filterable(f)).ToList();
    /// <summary>The field's filter as its type offers it, with the value chosen now.</summary>
    public (string View, ListFilterInput Input) FilterOf(FieldDefinition field) =>
        (TypeViews.ViewOf(field.Type).ListFilter!, new ListFilterInput(field, Filters.GetValueOrDefault(field.Key)));
    /// <summary>The filters in use, by field key (?industry=food&amp;cf_niveau=or), as the API takes them.</summary>
    public Dictionary<string, string> Filters { get; } = new(StringComparer.Ordinal);

    /// <summary>What the module's extensions put beside « Ajouter ».</summary>
    public IReadOnlyList<PagePart> Actions => PageExtensions.SelectMany(e => e.ListActions).ToList();

    public string NoFilterMatch => Module.Texts.NoFilterMatch?.ToString() ?? T["Aucun enregistrement ne correspond à ces filtres."].Value;

    public string SeeAll => Module.Texts.SeeAll?.ToString() ?? T["Voir toute la liste"].Value;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Columns = Module.ListColumns.ToList();
        foreach (var field in FilterFields)
            if (Request.Query[field.Key].ToString() is { Length: > 0 } value) Filters[field.Key] = value;
        var descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        var state = new ListState(BaseUrl, Query, Filters, Sort, descending, Cursor, ListPager.SizeOf(Size));
        (Result, Pager) = await ListPager.ReadAsync(state, r => Store.ListRecordsAsync(user, r, ct), (r, upTo) => Store.CountAsync(user, r, upTo, ct));
        ListNames = await Names.ForAsync(Module, Result.Items, ct);
    }

    public string Display(IRecord record, FieldDefinition field) =>
        field.Type.Format(field, FieldAccess.Get(record, field), ListNames);

    public string SortUrl(FieldDefinition field) => Pager.SortUrl(field);

    public string? AriaSort(FieldDefinition field) => Pager.AriaSort(field);
}
