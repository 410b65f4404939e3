namespace Comptoir.Core.FieldTypes;

public sealed class CurrencyFieldType : DecimalFieldType
{
    public override string Name => "currency";
    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is null ? "" : Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("N2", context.Culture) + " €";
}
