using Comptoir.Web.Features.FieldTypes;
using Comptoir.Web.Features.Views;

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
    /// <summary>« Fusionner » among the mass actions: records that go to the bin, for a user who may delete them (Features/Merge).</summary>
    public bool Mergeable { get; private set; }

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

    /// <summary>The « Vues » bar: the views the user sees and the one applied.</summary>
    public ListViews Views { get; private set; } = null!;

    /// <summary>The conditions of the address (cond.*, or.*), the columns chosen and the « add a condition » form.</summary>
    public ListConditions Conditions { get; private set; } = null!;

    /// <summary>The list without any filter or condition, its search, sort, size and columns kept.</summary>
    public string ClearUrl => Conditions.ClearUrl(FilterFields.Select(f => f.Key));

    public string DefaultColumnsUrl => Conditions.DefaultColumnsUrl;

    public bool Filtered => Filters.Count > 0 || Conditions.Count > 0;

    /// <summary>The users and teams, when the condition being added may name one.</summary>
    public EditorChoices Choices { get; private set; } = EditorChoices.Empty;

    /// <summary>The operand input of the condition being added when its type offers its values (a list, oui/non, users); else null.</summary>
    public (string View, ListFilterInput Input)? AddChoice =>
        Conditions.Adding is { } adding && TypeViews.ViewOf(adding.Type).ListFilter is { } view
            ? (view, new ListFilterInput(adding, Request.Query[ListConditions.AddValue].FirstOrDefault()) { Id = "add-value", Name = ListConditions.AddValue, Choices = Choices })
            : null;

    /// <summary>The HTML input of a typed operand: the type's own for dates and times, text otherwise (« contient » takes any text).</summary>
    public string AddInputType => Conditions.Adding?.Type.InputType is { } type && type is "date" or "datetime-local" or "time" ? type : "text";

    /// <summary>The columns offered by « Colonnes »: those shown first, in their order, then the others.</summary>
    public IEnumerable<FieldDefinition> ColumnChoices => Columns.Concat(Module.ActiveFields.Where(f => !Columns.Contains(f)));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Mergeable = Store.GoesToBin && Store.MayDelete(user);
        // A saved view (?view={id}, or the user's default on a bare address): the list reads its parameters, the address's merged in.
        Views = await ListViews.ReadAsync(Request, Module, user, BaseUrl, ct);
        if (!ReferenceEquals(Views.Query, Request.Query))
        {
            Request.Query = Views.Query;
            (Query, Sort, Dir) = (Views.Query["q"].FirstOrDefault(), Views.Query["sort"].FirstOrDefault(), Views.Query["dir"].FirstOrDefault());
        }
        Conditions = ListConditions.Read(Module, Request, BaseUrl, DateTime.UtcNow);
        // A condition just added goes into the address, so that the list shown can be bookmarked and shared.
        if (Conditions.Redirect is { } added) return LocalRedirect(added);
        // The users and teams: offered when adding a condition, and naming those a condition already holds.
        if (Conditions.Adding is not null || Conditions.All.Concat(Conditions.AnyOf).Any(c => c.Field.Type.NamesRecords)) Choices = await Names.ChoicesAsync(ct);
        Columns = Conditions.Columns is { } chosen ? chosen.Select(k => Module.FindField(k)!).ToList() : Module.ListColumns.ToList();
        foreach (var field in FilterFields)
            if (Request.Query[field.Key].ToString() is { Length: > 0 } value) Filters[field.Key] = value;
        var descending = string.Equals(Dir, "desc", StringComparison.OrdinalIgnoreCase);
        var state = new ListState(BaseUrl, Query, Filters, Sort, descending, Cursor, ListPager.SizeOf(Size))
        {
            Conditions = Conditions.All, AnyOf = Conditions.AnyOf, Columns = Conditions.Columns,
            // Paging and sorting a view keep it in the address; a changed condition leaves it (Conditions.State has no ?view=).
            Extra = Conditions.Applied.Concat(Views.Current is { } view
                ? [KeyValuePair.Create(ViewQuery.Parameter, view.View.Id.ToString(CultureInfo.InvariantCulture))] : []).ToList(),
        };
        (Result, Pager) = await ListPager.ReadAsync(state, r => Store.ListRecordsAsync(user, r, ct), (r, upTo) => Store.CountAsync(user, r, upTo, ct));
        ListNames = await Names.ForAsync(Module, Result.Items, ct);
        return Page();
    }

    /// <summary>How the chips name users and teams (and the records of the page) in their values.</summary>
    public FormatContext ConditionNames => new(CultureInfo.CurrentUICulture, (module, id) =>
        ListNames.NameOf(module, id)
        ?? Choices.Users.Concat(Choices.Teams).FirstOrDefault(o => o.Owner.Id == id && o.Owner.Kind == (module == "teams" ? OwnerKind.Team : OwnerKind.User)).Name);

    public string Display(IRecord record, FieldDefinition field) =>
        field.Type.Format(field, FieldAccess.Get(record, field), ListNames);

    public string SortUrl(FieldDefinition field) => Pager.SortUrl(field);

    public string? AriaSort(FieldDefinition field) => Pager.AriaSort(field);
}
