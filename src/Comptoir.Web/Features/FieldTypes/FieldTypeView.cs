namespace Comptoir.Web.Features.FieldTypes;

/// <summary>
/// A field type's Web part: the partials that type and show its value, and what its text input needs.
/// Each type declares its own in its folder (<see cref="BuiltInFieldTypes"/>); _FieldEditor and _FieldValue
/// look it up (<see cref="FieldTypeRegistry"/>) rather than switching on the type.
/// </summary>
public sealed record FieldTypeView(string TypeName)
{
    /// <summary>Partial (model FieldEditorModel) rendering the input under the field's label, above its help and errors.</summary>
    public required string Editor { get; init; }
    /// <summary>Whether the editor renders the field's label itself (a box, a group of boxes), for this field.</summary>
    public Func<FieldDefinition, bool> LabelsItself { get; init; } = _ => false;
    /// <summary>Whether the editor takes the form's whole width (a text area) rather than half of it.</summary>
    public bool Wide { get; init; }
    /// <summary>Suffix of the element the label points at and the error summary focuses (a picker's search box).</summary>
    public string LabelTarget { get; init; } = "";

    /// <summary>Partial (model (RecordView, FieldDefinition)) rendering a value in the details; null shows the formatted text.</summary>
    public string? Display { get; init; }
    /// <summary>Whether <see cref="Display"/> also renders an empty value (rather than « — »).</summary>
    public bool DisplaysEmpty { get; init; }
    /// <summary>Partial (model ListCell) rendering the value in a list's cell.</summary>
    public string ListCell { get; init; } = TextCell;
    public const string TextCell = "/Features/FieldTypes/_TextCell.cshtml";

    /// <summary>
    /// Partial (model <see cref="DefaultValueInput"/>) offering the field's default value in the layout manager as a choice
    /// (its values, oui/non); null types it as text.
    /// </summary>
    public string? DefaultValueEditor { get; init; }
    /// <summary>The field's JSON schema in the OpenAPI document (field, shape, description); null builds it from <see cref="Core.FieldTypes.FieldType.JsonSchema"/>.</summary>
    public Func<FieldDefinition, Api.RecordSchemas.Shape, string, Microsoft.OpenApi.OpenApiSchema>? Schema { get; init; }

    /// <summary>
    /// Partial (model <see cref="SettingInput"/>) editing the type's own setting in the layout manager (a text's
    /// maximum length, a decimal's places); null when the type has none. Types that share a setting share its partial.
    /// </summary>
    public string? SettingEditor { get; init; }
    /// <summary>Scripts a form holding a field of this type loads (the price lines' table).</summary>
    public IReadOnlyList<string> Scripts { get; init; } = [];
    /// <summary>
    /// Partial (model <see cref="ListFilterInput"/>) offering this type's values in a list's filter bar (its values,
    /// oui/non); null leaves the type out of the bar.
    /// </summary>
    public string? ListFilter { get; init; }

    /// <summary>
    /// How an import's cell becomes the text <see cref="Core.FieldTypes.FieldType.Parse"/> reads, where a file names what
    /// the form picks (an owner by name, a record by number or name); null takes the cell as typed.
    /// </summary>
    public Func<FieldDefinition, string, Imports.ImportLookups, UserContext, CancellationToken, Task<Imports.ImportedText>>? ImportText { get; init; }

    /// <summary>The text input's inputmode (numbers bring up the keypad).</summary>
    public string? InputMode { get; init; }
    /// <summary>The text input's autocomplete.</summary>
    public string? Autocomplete { get; init; }
    /// <summary>What site.js checks as the value is typed (data-check).</summary>
    public string? Check { get; init; }
    /// <summary>The unit shown after the input (« % », « € »).</summary>
    public string? Unit { get; init; }
    /// <summary>What site.js says when the typed value does not look right; read at render time, in the reader's language.</summary>
    public Func<string>? Warning { get; init; }
}

/// <summary>What a default-value partial receives: the field, the value as its input shows it, and the error under it.</summary>
public sealed record DefaultValueInput(FieldDefinition Field, string? Value, string? Error)
{
    public const string Id = "f-defaultValue";
    public string Invalid => Error is null ? "" : " is-invalid";
    public string? AriaInvalid => Error is null ? null : "true";
    public string? DescribedBy => Error is null ? null : Id + "-error";
}

/// <summary>
/// What a setting partial receives: the form's posted values and errors by input name, and on the new-field form the
/// names of the types the setting applies to (the form shows it only for them) — null on a field's own page.
/// </summary>
public sealed record SettingInput(IReadOnlyDictionary<string, string?> Values, Func<string, string?> ErrorOf, string? ShowFor)
{
    public bool ForNewField => ShowFor is not null;
    public string? Value(string name) => Values.GetValueOrDefault(name);
    public string Invalid(string name) => ErrorOf(name) is null ? "" : " is-invalid";
    public string? AriaInvalid(string name) => ErrorOf(name) is null ? null : "true";
    public string? DescribedBy(string name) =>
        string.Join(" ", new[] { ForNewField ? $"f-{name}-help" : null, ErrorOf(name) is null ? null : $"f-{name}-error" }.Where(x => x is not null)) is { Length: > 0 } s ? s : null;
}

/// <summary>What a filter partial receives: the field and the value chosen now (null: « — Tous — »).</summary>
public sealed record ListFilterInput(FieldDefinition Field, string? Chosen)
{
    public string Id { get; init; } = "filter-" + Field.Key;
    /// <summary>The input's name: the field's key for the ?key=value filters, add.value in the condition form.</summary>
    public string Name { get; init; } = Field.Key;
    /// <summary>The users and teams an owner's filter offers.</summary>
    public EditorChoices Choices { get; init; } = EditorChoices.Empty;
}

/// <summary>What a list cell partial receives: the column and the value as formatted for the reader.</summary>
public sealed record ListCell(FieldDefinition Field, string Text);
