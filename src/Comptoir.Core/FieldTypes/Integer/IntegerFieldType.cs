namespace Comptoir.Core.FieldTypes;

public sealed class IntegerFieldType : FieldType
{
    public override string Name => "integer";
    public override CustomValueKind StoredAs => CustomValueKind.Number;
    // Not "number": browsers refuse « 1 250 » as the French type it (the form asks for a numeric keypad instead).
    public override string InputType => "text";
    public override (string Type, string? Format) JsonSchema => ("integer", "int64");
    public override bool Sortable => false;
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForNumber;

    public override FieldResult Parse(FieldDefinition field, string text) =>
        long.TryParse(text.Replace(" ", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal)
                .Replace("\u00a0", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= int.MaxValue
            ? FieldResult.Ok(n)
            : FieldResult.Fail(Texts.T("Saisissez un nombre entier positif."));

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is null ? "" : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("N0", context.Culture);

    public override object? ExportValue(FieldDefinition field, object? value, FormatContext context) =>
        value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public override string FormText(FieldDefinition field, object? value) =>
        value is null ? "" : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
