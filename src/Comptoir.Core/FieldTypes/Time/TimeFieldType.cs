namespace Comptoir.Core.FieldTypes;

/// <summary>A time of day (« Heure d'ouverture »): « 14:30 », « 14h30 » or « 9h ».</summary>
public sealed class TimeFieldType : FieldType
{
    private static readonly string[] Formats = ["HH:mm", "H:mm", "HH:mm:ss", "H'h'mm", "H'h'"];

    public override string Name => "time";
    public override CustomValueKind StoredAs => CustomValueKind.Text;
    public override string InputType => "time";
    public override (string Type, string? Format) JsonSchema => ("string", "time");
    public override bool Sortable => false;
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForNumber;

    public override FieldResult Parse(FieldDefinition field, string text) =>
        TimeOnly.TryParseExact(text.Replace('H', 'h'), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? FieldResult.Ok(new TimeOnly(time.Hour, time.Minute))
            : FieldResult.Fail(Texts.T("Heure invalide (exemple : 14:30)."));

    // French reads « 14h30 »; other languages get their culture's clock (« 2:30 PM »).
    public override string Format(FieldDefinition field, object? value, FormatContext context) => value switch
    {
        TimeOnly t when context.Culture.TwoLetterISOLanguageName == "fr" => t.ToString("H'h'mm", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("t", context.Culture),
        _ => "",
    };

    public override string FormText(FieldDefinition field, object? value) =>
        value is TimeOnly t ? t.ToString("HH:mm", CultureInfo.InvariantCulture) : "";

    public override System.Text.Json.Nodes.JsonNode? ToJson(object? value) =>
        value is TimeOnly t ? System.Text.Json.Nodes.JsonValue.Create(t.ToString("HH:mm", CultureInfo.InvariantCulture)) : null;
}
