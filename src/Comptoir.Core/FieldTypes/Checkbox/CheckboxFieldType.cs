namespace Comptoir.Core.FieldTypes;

public sealed class CheckboxFieldType : FieldType
{
    public override string Name => "checkbox";
    public override CustomValueKind StoredAs => CustomValueKind.Flag;
    public override (string Type, string? Format) JsonSchema => ("boolean", null);
    public override bool Sortable => false;
    /// <summary>Oui/non: cond.doNotEmail.eq=true.</summary>
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => [Records.Filtering.FilterOperator.Is];
    public override object? EmptyValue => false;

    public override FieldResult Parse(FieldDefinition field, string text) => text.ToLowerInvariant() switch
    {
        "true" or "on" or "1" or "oui" or "yes" => FieldResult.Ok(true),
        "false" or "off" or "0" or "non" or "no" => FieldResult.Ok(false),
        _ => FieldResult.Fail(Texts.T("Valeur invalide : oui ou non attendu.")),
    };

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is true ? Texts.T("Oui") : Texts.T("Non");

    public override string FormText(FieldDefinition field, object? value) => value is true ? "true" : "false";
}
