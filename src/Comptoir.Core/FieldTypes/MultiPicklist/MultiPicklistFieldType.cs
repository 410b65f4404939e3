using System.Text.Json.Nodes;

namespace Comptoir.Core.FieldTypes;

/// <summary>
/// Several values of one list (« Centres d'intérêt »). The value is the chosen codes in the list's
/// order; a form posts them as repeated inputs (joined with commas), the API as a JSON array.
/// </summary>
public sealed class MultiPicklistFieldType : FieldType
{
    public override string Name => "multipicklist";
    public override FieldSettings DefaultSettings => PicklistSettings.Empty;
    public override (string Type, string? Format) JsonSchema => ("array", null);
    public override bool Sortable => false;
    public override bool TakesSeveralValues => true;
    /// <summary>« est l'un de »: a record holding any of the codes listed.</summary>
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => Records.Filtering.FilterOperator.ForChoice;

    // Each item of « est l'un de » is one code of the list.
    public override FieldResult ParseOperand(FieldDefinition field, Records.Filtering.FilterOperator op, string text) =>
        FieldTypeCatalog.Picklist.Parse(field, text);

    public override FieldResult Parse(FieldDefinition field, string text) => Choose(field, TextValues(text));

    /// <summary>Values separated by commas, as a form joins its inputs and a CSV cell writes them.</summary>
    public override IReadOnlyList<string> TextValues(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override FieldResult ParseJson(FieldDefinition field, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.String) return Parse(field, json.GetString()!);
        if (json.ValueKind != JsonValueKind.Array || json.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            return FieldResult.Fail(Texts.T("Envoyez une liste de valeurs (exemple : [\"a\", \"b\"])."));
        return Choose(field, json.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToList());
    }

    private static FieldResult Choose(FieldDefinition field, IReadOnlyList<string> texts)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var parsed = FieldTypeCatalog.Picklist.Parse(field, text);
            if (!parsed.IsValid) return FieldResult.Fail(Texts.T("« {0} » n'est pas proposé dans la liste « {1} ».", text, field.Label));
            codes.Add((string)parsed.Value!);
        }
        if (codes.Count == 0) return FieldResult.Ok(null);
        // In the list's order, so that the same choice always reads (and compares) the same.
        return FieldResult.Ok(field.PicklistValues.Select(v => v.Code).Where(codes.Contains).ToList());
    }

    // Stored codes were checked on the way in and may since have been retired: read them back as they are.
    public override object? FromStoredJson(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array
            ? json.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : null;

    public override string Format(FieldDefinition field, object? value, FormatContext context) =>
        value is IEnumerable<string> codes
            ? string.Join(", ", codes.Select(c => PicklistFieldType.LabelOf(field, c, context)))
            : "";

    public override string FormText(FieldDefinition field, object? value) =>
        value is IEnumerable<string> codes ? string.Join(",", codes) : "";

    public override JsonNode? ToJson(object? value) =>
        value is IEnumerable<string> codes ? new JsonArray(codes.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()) : null;
}
