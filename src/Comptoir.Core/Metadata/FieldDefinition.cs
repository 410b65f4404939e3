namespace Comptoir.Core.Metadata;

/// <summary>One field of a module: everything the form, list, validation and API need to know.</summary>
public sealed record FieldDefinition
{
    /// <summary>Stable API key and form input name: "name", "billingCity", "cf_…".</summary>
    public required string Key { get; init; }
    public required LocalizedText Label { get; init; }
    public required FieldType Type { get; init; }
    public required string Block { get; init; }
    public int Position { get; init; }

    /// <summary>Where the value lives: a real column (entity property) or the custom-field JSON document.</summary>
    public required FieldStorage Storage { get; init; }

    public bool Mandatory { get; init; }
    /// <summary>System fields (Nom compte, Assigné à…) cannot be made optional or hidden.</summary>
    public bool MandatoryLocked { get; init; }
    public bool Active { get; init; } = true;
    /// <summary>Shown but never typed: allocated (number) or derived (SIREN, TVA) on save.</summary>
    public bool ReadOnly { get; init; }
    /// <summary>No two records hold the same value (a ledger code, a product reference): a mass action may not set it.</summary>
    public bool Unique { get; init; }
    public bool QuickCreate { get; init; }
    public bool Summary { get; init; }
    public bool ListColumn { get; init; }
    public int ListPosition { get; init; }
    public string? DefaultValue { get; init; }
    public LocalizedText? HelpText { get; init; }

    /// <summary>What this field's type is set up with (<see cref="FieldSettings"/>); the type's defaults when none were given.</summary>
    public FieldSettings Settings { get => _settings ?? Type.DefaultSettings; init => _settings = value; }
    private FieldSettings? _settings;

    // The properties below read and write the type's settings, so that callers keep writing
    // « MaxLength = 80 » or « PicklistValues = … »; setting none of them keeps the type's defaults.

    /// <summary>Text-like types' limit (<see cref="TextSettings"/>).</summary>
    public int? MaxLength
    {
        get => (Settings as TextSettings)?.MaxLength;
        init { if (value is not null) _settings = Own<TextSettings>(TextSettings.Unlimited) with { MaxLength = value }; }
    }

    /// <summary>Decimal places of a Décimal field (2 to 5); its type's default when unset (<see cref="DecimalSettings"/>).</summary>
    public int? Decimals
    {
        get => (Settings as DecimalSettings)?.Decimals;
        init { if (value is not null) _settings = Own<DecimalSettings>(DecimalSettings.Default) with { Decimals = value }; }
    }

    /// <summary>The values of a list (<see cref="PicklistSettings"/>).</summary>
    public IReadOnlyList<PicklistValue> PicklistValues
    {
        get => (Settings as PicklistSettings)?.Values ?? [];
        init { if (value.Count > 0 || _settings is PicklistSettings) _settings = new PicklistSettings(value); }
    }

    /// <summary>For Reference fields: the module referred to (<see cref="ReferenceSettings"/>).</summary>
    public string? ReferenceModule
    {
        get => (Settings as ReferenceSettings)?.Module;
        init { if (value is not null) _settings = new ReferenceSettings(value); }
    }

    // Type may not be assigned yet while an initializer runs: settings given so far, else the type's, else the fallback.
    private T Own<T>(T fallback) where T : FieldSettings => _settings as T ?? Type?.DefaultSettings as T ?? fallback;

    /// <summary>Column used to sort on this field when it differs from the stored one (owner → its name).</summary>
    public string? SortColumn { get; init; }

    /// <summary>
    /// Standard fields sort by their column; custom fields whose values compare as text or numbers sort
    /// through an expression index on the JSON document (<see cref="FieldType.StoredAs"/>).
    /// </summary>
    /// <summary>
    /// Whether « Modifier » on many records at once may set this field: one value for all of them, so never a unique,
    /// read-only (a number, a derived value) or inactive field.
    /// </summary>
    public bool MassSettable => Active && !ReadOnly && !Unique;

    public bool Sortable => Storage.Column is not null ? Type.Sortable : Type.StoredAs.Sorts();
    public string? OrderColumn => SortColumn ?? Storage.Column;

    public PicklistValue? FindPicklistValue(string? code) =>
        code is null ? null : PicklistValues.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));
}

public sealed record PicklistValue(string Code, LocalizedText Label, bool Retired = false);

/// <summary>A standard field in an entity property, or a custom field in the record's JSON document.</summary>
public sealed record FieldStorage(string? Column)
{
    public static FieldStorage InColumn(string property) => new(property);
    public static readonly FieldStorage Custom = new((string?)null);
    public bool IsCustom => Column is null;
}
