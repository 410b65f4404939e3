namespace Comptoir.Core.FieldTypes;

/// <summary>Decimal amounts: "1 234,56" as French users type it, or "1234.56".</summary>
public class DecimalFieldType : FieldType
{
    public override string Name => "decimal";
    // Currency and percent derive from it and sort as numbers too.
    public override CustomValueKind StoredAs => CustomValueKind.Number;
    public override (string Type, string? Format) JsonSchema => ("number", "decimal");
    public override bool Sortable => false;
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForNumber;
    public virtual int Decimals => 2;
    public override FieldSettings DefaultSettings => DecimalSettings.Default;
    protected int DecimalsOf(FieldDefinition field) => (field.Settings as DecimalSettings)?.Decimals ?? Decimals;

    public override FieldResult Parse(FieldDefinition field, string text)
    {
        var cleaned = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).Replace("€", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
               && Math.Abs(d) < 1_000_000_000_000m
            ? FieldResult.Ok(Math.Round(d, DecimalsOf(field), MidpointRounding.AwayFromZero))
            : FieldResult.Fail(Texts.T("Saisissez un nombre (exemple : 1 234,56)."));
    }

    public override FieldResult ParseJson(FieldDefinition field, JsonElement json) =>
        json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var d)
            ? Parse(field, d.ToString(CultureInfo.InvariantCulture))
            : base.ParseJson(field, json);

    // Read back as stored: re-parsing would round to the type's default places, not the field's (Décimal goes to 5).
    public override object? FromStoredJson(JsonElement json) =>
        json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var d) ? d : base.FromStoredJson(json);

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is null ? "" : Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N" + DecimalsOf(field), context.Culture);

    // Currency and percent too: the number itself (12,5 for « 12,5 % »), which a spreadsheet sums, with the field's
    // places whatever the database kept (adding a zero of that scale sets it: 12345,50 on SQLite as on PostgreSQL).
    public override object? ExportValue(FieldDefinition field, object? value, FormatContext context)
    {
        if (value is null) return null;
        var places = DecimalsOf(field);
        return Math.Round(Convert.ToDecimal(value, CultureInfo.InvariantCulture), places, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)places);
    }

    public override string FormText(FieldDefinition field, object? value) =>
        value is null ? "" : Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0." + new string('#', DecimalsOf(field)), CultureInfo.CurrentCulture);
}
