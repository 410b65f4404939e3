namespace Comptoir.Core.FieldTypes;

public sealed class DateFieldType : FieldType
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    public override string Name => "date";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override string InputType => "date";
    public override (string Type, string? Format) JsonSchema => ("string", "date");
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForDate;

    /// <summary>The days of the period in Paris: this month's first to last, or the 30 days ending today.</summary>
    public override (object From, object To)? Period(Records.Filtering.FilterOperator op, DateTime nowUtc)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), DateTimeFieldType.Paris));
        return op.Name switch
        {
            "this-month" => (new DateOnly(today.Year, today.Month, 1), new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1)),
            "last-30-days" => (today.AddDays(-29), today),
            _ => null,
        };
    }

    public override FieldResult Parse(FieldDefinition field, string text) =>
        DateOnly.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? FieldResult.Ok(d)
            : FieldResult.Fail(Texts.T("Date invalide (exemple : 31/12/2026)."));

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is DateOnly d ? d.ToString("d", context.Culture) : "";

    public override object? ExportValue(FieldDefinition field, object? value, FormatContext context) => value as DateOnly?;

    public override string FormText(FieldDefinition field, object? value) =>
        value is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
