namespace Comptoir.Core.Metadata;

/// <summary>
/// A module (Comptes clients, Contacts, …) as the registry describes it: its blocks and
/// fields drive the form, the detail view, the list, validation and the API.
/// </summary>
public sealed record ModuleDefinition
{
    public required string Name { get; init; }               // "accounts": URL and API segment
    public required LocalizedText Label { get; init; }        // « Comptes clients »
    public required LocalizedText SingularLabel { get; init; } // « Compte client »
    /// <summary>Sentences of the record pages that name the module (« Ajouter un compte client »).</summary>
    public ModuleTexts Texts { get; init; } = new();
    /// <summary>A record opens on a « Résumé » tab (/{module}/{id}) beside « Détails » (/{module}/{id}/details); otherwise on « Détails ».</summary>
    public bool HasSummary { get; init; }
    /// <summary>The list offers filters on the module's picklists and yes/no fields.</summary>
    public bool ListFilters { get; init; }
    public required Type RecordType { get; init; }
    /// <summary>"CPT" → CPT-000001; null for modules whose records carry their own code (ledger accounts, products).</summary>
    public string? NumberPrefix { get; init; }
    public required IReadOnlyList<BlockDefinition> Blocks { get; init; }
    public required IReadOnlyList<FieldDefinition> Fields { get; init; }

    /// <summary>The field whose value names a record (headers, pickers, links).</summary>
    public required string TitleField { get; init; }

    /// <summary>
    /// A field the name shows after the title field's value when it has one: a ledger account reads
    /// « 411DUPONT – Dupont SA » (see <see cref="TitleOf"/>). Null: the title field alone.
    /// </summary>
    public string? TitleDetailField { get; init; }

    /// <summary>
    /// The fields a picker shows beside a record's name to tell two of the same name apart (an account:
    /// number · city). Null: the first three list columns other than the name's fields.
    /// </summary>
    public IReadOnlyList<string>? PickerFields { get; init; }

    /// <summary>
    /// The fields a record is found by (list box, pickers, global search), each contributing the terms its type
    /// gives (<see cref="FieldType.SearchTerms"/>) to the search index. Empty: the store's own search predicate.
    /// </summary>
    public IReadOnlyList<string> SearchFields { get; init; } = [];

    /// <summary>Whether the top bar's search (/search, GET /api/v1/search) looks in this module.</summary>
    public bool GlobalSearch { get; init; }

    /// <summary>The fields duplicates are compared by, the rule proposed and the form panel's criteria (docs/duplicates.md); null: none.</summary>
    public Duplicates.DuplicateDefinition? Duplicates { get; init; }

    /// <summary>
    /// Fields a merge leaves as the record kept has them, whatever the merged records hold (accounts: its ledger
    /// account, which the merged ones keep too): see <see cref="MergeChooses"/> and docs/duplicates.md.
    /// </summary>
    public IReadOnlyList<string> MergeKeeps { get; init; } = [];

    /// <summary>Whether a merge lets the user take this field's value from a merged record: typed fields that are not unique.</summary>
    public bool MergeChooses(FieldDefinition field) =>
        field.Active && !field.ReadOnly && !field.Unique && !MergeKeeps.Contains(field.Key, StringComparer.Ordinal);

    /// <summary>« Ajouter un compte client »: the list's button and the new-record page's heading.</summary>
    public LocalizedText? AddLabel { get; init; }

    /// <summary>« Aucun compte client »: what an empty list says.</summary>
    public LocalizedText? EmptyLabel { get; init; }

    /// <summary>« Code ou libellé »: what the list's search box matches, as its placeholder says.</summary>
    public LocalizedText? SearchHint { get; init; }

    /// <summary>The API's name for the record in the OpenAPI document (schemas Account, AccountInput…, route names ListAccounts…); by default the record type's name.</summary>
    public string ApiSchema
    {
        get => _apiSchema ?? RecordType.Name;
        init => _apiSchema = value;
    }
    private readonly string? _apiSchema;

    /// <summary>The OpenAPI tag of the module's endpoints (the reference's section); by default its label (« Comptes clients », « Accounts »).</summary>
    public LocalizedText ApiTag
    {
        get => _apiTag ?? Label;
        init => _apiTag = value;
    }
    private readonly LocalizedText? _apiTag;

    /// <summary>One record as the OpenAPI summaries name it, with its article: « Crée un compte client », « Creates an account ».</summary>
    public LocalizedText ApiSingular
    {
        get => _apiSingular ?? new($"un enregistrement « {SingularLabel.Fr} »", $"a record of {Label.En}");
        init => _apiSingular = value;
    }
    private readonly LocalizedText? _apiSingular;

    /// <summary>A record's name from its title field's text and its detail field's (see <see cref="TitleDetailField"/>).</summary>
    public static string TitleOf(string title, string? detail) => string.IsNullOrEmpty(detail) ? title : $"{title} – {detail}";

    /// <summary>
    /// Picklist fields (standard, in a column) whose counts « Accueil » charts and the list's « Graphique » offers:
    /// accounts by Type and by Secteur. Empty: no chart of the module's values.
    /// </summary>
    public IReadOnlyList<string> ChartFields { get; init; } = [];

    /// <summary>« Accueil » charts the module's new records per month, over the last twelve months.</summary>
    public bool ChartsCreations { get; init; }

    /// <summary>Runs after parsing, before saving: derives read-only values from others.</summary>
    public Action<IDictionary<string, object?>>? Derive { get; init; }

    /// <summary>Runs on the entity just before it is written (search keys and other denormalised columns).</summary>
    public Action<object>? BeforeSave { get; init; }

    /// <summary>« Copier l'adresse de facturation » and the like: copies the six address fields from one prefix to another.</summary>
    public IReadOnlyList<AddressCopy> AddressCopies { get; init; } = [];

    public FieldDefinition? FindField(string key) =>
        Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    public IEnumerable<FieldDefinition> ActiveFields => Fields.Where(f => f.Active);

    public IEnumerable<FieldDefinition> FieldsOf(BlockDefinition block) =>
        ActiveFields.Where(f => f.Block == block.Key).OrderBy(f => f.Position);

    public IEnumerable<BlockDefinition> OrderedBlocks => Blocks.OrderBy(b => b.Position);

    public IEnumerable<FieldDefinition> ListColumns =>
        ActiveFields.Where(f => f.ListColumn).OrderBy(f => f.ListPosition);

    public IEnumerable<FieldDefinition> SummaryFields =>
        ActiveFields.Where(f => f.Summary).OrderBy(f => BlockPosition(f.Block)).ThenBy(f => f.Position);

    private int BlockPosition(string block) => Blocks.FirstOrDefault(b => b.Key == block)?.Position ?? int.MaxValue;
}

/// <summary>A button that copies the address fields named From+Suffix into To+Suffix (Street, PoBox, PostalCode, City, State, Country).</summary>
public sealed record AddressCopy(string From, string To, LocalizedText Label)
{
    public static readonly IReadOnlyList<string> Suffixes = ["Street", "PoBox", "PostalCode", "City", "State", "Country"];
}

public sealed record BlockDefinition
{
    public required string Key { get; init; }
    public required LocalizedText Label { get; init; }
    public int Position { get; init; }
    public bool Collapsed { get; init; }
    public bool Custom { get; init; }
}
