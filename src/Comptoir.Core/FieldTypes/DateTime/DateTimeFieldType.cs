namespace Comptoir.Core.FieldTypes;

/// <summary>
/// A moment (« Rappel le »): stored in UTC, typed and shown in French time (Europe/Paris, summer
/// time included), sent to the API as ISO 8601 with its offset.
/// </summary>
public sealed class DateTimeFieldType : FieldType
{
    private static readonly string[] LocalFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm"];
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public override string Name => "datetime";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override string InputType => "datetime-local";
    public override (string Type, string? Format) JsonSchema => ("string", "date-time");
    public override bool Sortable => false;
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForDate;

    /// <summary>A filter's operand may be a day alone (« 31/12/2026 »): its midnight in Paris.</summary>
    public override FieldResult ParseOperand(FieldDefinition field, Records.Filtering.FilterOperator op, string text) =>
        FieldTypeCatalog.Date.Parse(field, text) is { IsValid: true, Value: DateOnly day }
            ? FieldResult.Ok(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Paris))
            : Parse(field, text);

    /// <summary>From the period's first midnight in Paris to the second before its end.</summary>
    public override (object From, object To)? Period(Records.Filtering.FilterOperator op, DateTime nowUtc)
    {
        if (FieldTypeCatalog.Date.Period(op, nowUtc) is not ({ } from, { } to)) return null;
        DateTime Utc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), Paris);
        return (Utc((DateOnly)from), Utc(((DateOnly)to).AddDays(1)).AddSeconds(-1));
    }

    public override FieldResult Parse(FieldDefinition field, string text)
    {
        // With an explicit offset or Z (the API's ISO form), the moment is unambiguous.
        if (text.Length > 16 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact))
            return FieldResult.Ok(exact.UtcDateTime);
        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return FieldResult.Fail(Texts.T("Date et heure invalides (exemple : 31/12/2026 14:30)."));
        // The hour skipped when clocks go forward does not exist in Paris.
        if (Paris.IsInvalidTime(local)) return FieldResult.Fail(Texts.T("Cette heure n'existe pas (changement d'heure)."));
        return FieldResult.Ok(TimeZoneInfo.ConvertTimeToUtc(local, Paris));
    }

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is DateTime utc ? ToParis(utc).ToString("g", context.Culture) : "";

    public override object? ExportValue(FieldDefinition field, object? value, FormatContext context) =>
        value is DateTime utc ? ToParis(utc) : null;

    public override string FormText(FieldDefinition field, object? value) =>
        value is DateTime utc ? ToParis(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) : "";

    public override System.Text.Json.Nodes.JsonNode? ToJson(object? value) =>
        value is DateTime utc
            ? System.Text.Json.Nodes.JsonValue.Create(DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture))
            : null;

    private static DateTime ToParis(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Paris);
}
