namespace Comptoir.Core.FieldTypes;

/// <summary>The id of a record of another (or the same) module, e.g. « Compte parent ».</summary>
public sealed class ReferenceFieldType : FieldType
{
    public override string Name => "reference";
    public override CustomValueKind StoredAs => CustomValueKind.Id;
    public override (string Type, string? Format) JsonSchema => ("integer", "int64");
    public override bool Sortable => false;
    public override bool NamesRecords => true;
    /// <summary>A picked record (its id), or none.</summary>
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => [Records.Filtering.FilterOperator.Is, Records.Filtering.FilterOperator.Empty];
    public override FieldSettings DefaultSettings => ReferenceSettings.Unset;
    public override string? DefaultValueRefusal => Texts.T("Un champ Référence n'a pas de valeur par défaut.");

    public override FieldResult Parse(FieldDefinition field, string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? FieldResult.Ok(id)
            : FieldResult.Fail(Texts.T("Référence invalide."));

    public override bool ComparesDuplicates => true;

    /// <summary>The record pointed at (contacts: the same names in the same account).</summary>
    public override string? DuplicateKey(FieldDefinition field, object? value) =>
        value is long id ? id.ToString(CultureInfo.InvariantCulture) : null;

    public override async Task<FieldResult> CheckAsync(FieldDefinition field, object value, IReferenceChecker checker, CancellationToken ct) =>
        await checker.RecordExistsAsync(field.ReferenceModule!, (long)value, ct)
            ? FieldResult.Ok(value)
            : FieldResult.Fail(Texts.T("L'enregistrement choisi n'existe pas ou ne vous est pas accessible."));

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is long id ? context.NameOf(field.ReferenceModule!, id) ?? $"#{id}" : "";
}
