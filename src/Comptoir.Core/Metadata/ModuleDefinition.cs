using Comptoir.Core.Localization;

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
