using System.Text.Json.Nodes;
using Comptoir.Core.Records.Filtering;

namespace Comptoir.Core.FieldTypes;

/// <summary>
/// How one kind of value is parsed, validated, normalised, formatted and described, in one
/// place. The web layer registers the partials that type and show it beside the type (its FieldTypeView).
/// </summary>
public abstract class FieldType
{
    /// <summary>Name used in metadata and the API ("text", "email", "picklist"…).</summary>
    public abstract string Name { get; }
    /// <summary>The HTML input type of a text-like editor.</summary>
    public virtual string InputType => "text";
    /// <summary>JSON schema type and format published in the OpenAPI document.</summary>
    public virtual (string Type, string? Format) JsonSchema => ("string", null);
    /// <summary>Whether a list can order by this type's column with keyset paging.</summary>
    public virtual bool Sortable => true;
    /// <summary>How a custom field of this type sits in the JSON document: what SQL can filter, sort and index.</summary>
    public virtual CustomValueKind StoredAs => CustomValueKind.None;

    /// <summary>The settings a field of this type starts with; the record's kind says which settings the type has.</summary>
    public virtual FieldSettings DefaultSettings => FieldSettings.None;
    /// <summary>Whether max length applies to the typed text.</summary>
    public bool HasLength => DefaultSettings is TextSettings;
    /// <summary>Whether an administrator chooses the places kept (2 to 5).</summary>
    public bool HasDecimals => DefaultSettings is DecimalSettings;
    /// <summary>Whether the field offers a list of values.</summary>
    public bool HasValues => DefaultSettings is PicklistSettings;
    /// <summary>Whether the field points at a record of a module the administrator chooses.</summary>
    public bool RefersToModule => DefaultSettings is ReferenceSettings;
    /// <summary>The longest maximum length the layout manager accepts for a custom field of this type.</summary>
    public virtual int MaxLengthLimit => 255;
    /// <summary>The maximum length a new custom field gets when none is given.</summary>
    public virtual int DefaultMaxLength => 255;
    /// <summary>Why a field of this type takes no default value, or null when it may have one.</summary>
    public virtual string? DefaultValueRefusal => null;
    /// <summary>Whether a new record's field starts as the user who creates it (« Assigné à »).</summary>
    public virtual bool DefaultsToCaller => false;
    /// <summary>Whether a form posts one input per chosen value (joined with commas before parsing).</summary>
    public virtual bool TakesSeveralValues => false;
    /// <summary>Whether the value names another record (a user, a team, an account), whose name is loaded to show it.</summary>
    public virtual bool NamesRecords => false;
    /// <summary>Whether a list filters on the standard column that holds this type (the owner is a pair of columns).</summary>
    public virtual bool FiltersAsColumn => true;
    /// <summary>Whether the quick-create dialog offers a field of this type (a price list's lines need the full form).</summary>
    public virtual bool QuickCreatable => true;
    /// <summary>Whether the layout manager offers a default value for a field of this type.</summary>
    public virtual bool TakesDefaultValue => DefaultValueRefusal is null;

    /// <summary>
    /// Reads a standard field's value from the record when it does not live in the column named by its storage
    /// (the owner is a pair of columns); false to read the column.
    /// </summary>
    public virtual bool TryRead(object record, out object? value)
    {
        value = null;
        return false;
    }

    /// <summary>Writes what <see cref="TryRead"/> reads; false to write the column.</summary>
    public virtual bool TryWrite(object record, object? value) => false;

    /// <summary>The operators a list's filter offers on a field of this type (cond.&lt;field&gt;.&lt;operator&gt;=…); none leaves it out.</summary>
    public virtual IReadOnlyList<FilterOperator> FilterOperators => FilterOperator.ForText;

    /// <summary>
    /// One operand of a filter condition (a range's end, a list's item): « contient » and « commence par » take
    /// the text as typed, the others a value of the type.
    /// </summary>
    public virtual FieldResult ParseOperand(FieldDefinition field, FilterOperator op, string text) =>
        op.Name is "contains" or "starts" ? FieldResult.Ok(text) : Parse(field, text);

    /// <summary>The first and last values of a period relative to now (« ce mois-ci »), for the types that offer one.</summary>
    public virtual (object From, object To)? Period(FilterOperator op, DateTime nowUtc) => null;

    /// <summary>Parses trimmed, non-empty text typed in a form (or sent as a JSON string).</summary>
    public abstract FieldResult Parse(FieldDefinition field, string text);

    /// <summary>The values a text holds as <see cref="Parse"/> reads them: one, or several for a type that takes several (« a, b »).</summary>
    public virtual IReadOnlyList<string> TextValues(string text) => text.Trim() is { Length: > 0 } one ? [one] : [];

    /// <summary>Parses a JSON value sent to the API; null and empty strings are handled by the caller.</summary>
    public virtual FieldResult ParseJson(FieldDefinition field, JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => Parse(field, json.GetString()!.Trim()),
        JsonValueKind.Number => Parse(field, json.GetRawText()),
        JsonValueKind.True => Parse(field, "true"),
        JsonValueKind.False => Parse(field, "false"),
        _ => FieldResult.Fail(Texts.T("Valeur invalide.")),
    };

    /// <summary>The value when nothing was typed (checkboxes are false rather than empty).</summary>
    public virtual object? EmptyValue => null;

    /// <summary>Checks that need the database (existence of a referenced record).</summary>
    public virtual Task<FieldResult> CheckAsync(FieldDefinition field, object value, IReferenceChecker checker, CancellationToken ct) =>
        Task.FromResult(FieldResult.Ok(value));

    /// <summary>The value as a user reads it.</summary>
    public virtual string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is null ? "" : Convert.ToString(value, context.Culture) ?? "";

    /// <summary>
    /// The terms a value is found by when its field is searched (<see cref="ModuleDefinition.SearchFields"/>), folded
    /// as <see cref="Search.SearchWords"/> folds a query: a query word matches the start of one of them. None by default.
    /// </summary>
    public virtual IEnumerable<string> SearchTerms(FieldDefinition field, object? value) => [];

    /// <summary>
    /// The normal form two values of this type are the same by when records are compared for duplicates
    /// (<see cref="Duplicates.NormalForms"/>), or null when the value is empty or the type does not compare.
    /// </summary>
    public virtual string? DuplicateKey(FieldDefinition field, object? value) => null;

    /// <summary>Whether a field of this type can be compared for duplicates (offered in « Paramètres › Doublons »).</summary>
    public virtual bool ComparesDuplicates => false;

    /// <summary>
    /// A prefix of <see cref="DuplicateKey"/> that a different value sharing it makes « related », a warning that never
    /// blocks (a SIRET's SIREN: « même entreprise, autre établissement »); null when the type has none.
    /// </summary>
    public virtual string? RelatedKey(FieldDefinition field, object? value) => null;

    /// <summary>
    /// The value as a spreadsheet cell of an export: a <see cref="decimal"/> or a <see cref="long"/> for numbers, a
    /// <see cref="DateOnly"/> for a date, a <see cref="DateTime"/> (French time) for a moment, otherwise the text users read.
    /// </summary>
    public virtual object? ExportValue(FieldDefinition field, object? value, FormatContext context) =>
        Format(field, value, context) is { Length: > 0 } text ? text : null;

    /// <summary>The value put back into an edit input.</summary>
    public virtual string FormText(FieldDefinition field, object? value) =>
        value is null ? "" : Convert.ToString(value, CultureInfo.CurrentCulture) ?? "";

    /// <summary>The value in the API's JSON.</summary>
    public virtual JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal d => JsonValue.Create(d),
        DateOnly d => JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime d => JsonValue.Create(d),
        _ => JsonValue.Create(value.ToString()),
    };

    /// <summary>The same value read back from the custom-field JSON document.</summary>
    public virtual object? FromStoredJson(JsonElement json)
    {
        var result = json.ValueKind == JsonValueKind.Null ? FieldResult.Ok(null) : ParseJsonLenient(json);
        return result.Value;
    }

    private FieldResult ParseJsonLenient(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => Parse(PlaceholderField, json.GetString()!),
        JsonValueKind.Number => Parse(PlaceholderField, json.GetRawText()),
        JsonValueKind.True => FieldResult.Ok(true),
        JsonValueKind.False => FieldResult.Ok(false),
        _ => FieldResult.Ok(null),
    };

    // Stored values were validated on the way in; reading them back needs no field settings.
    private FieldDefinition PlaceholderField => _placeholder ??= new()
    {
        Key = "_", Label = new("_", "_"), Type = this, Block = "_", Storage = FieldStorage.Custom,
    };

    private FieldDefinition? _placeholder;
}
