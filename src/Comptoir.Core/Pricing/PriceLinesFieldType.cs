using System.Text.Json.Nodes;

namespace Comptoir.Core.Pricing;

/// <summary>
/// A price list's lines. The domain value is the canonical JSON string (see <see cref="PriceLinesJson"/>),
/// so the generic field access, storage and API code carry it unchanged; the API shows it as an array.
/// </summary>
public sealed class PriceLinesFieldType : FieldType
{
    public static readonly PriceLinesFieldType Instance = new();

    public override string Name => "priceLines";
    public override (string Type, string? Format) JsonSchema => ("array", null);
    public override bool Sortable => false;
    public override bool QuickCreatable => false;
    /// <summary>A price list is not filtered by its lines.</summary>
    public override IReadOnlyList<Records.Filtering.FilterOperator> FilterOperators => [];

    /// <summary>No lines is a valid list (every product at its catalogue price), never NULL in the column.</summary>
    public override object? EmptyValue => "[]";

    /// <summary>The form's hidden input holds the same JSON the API takes.</summary>
    public override FieldResult Parse(FieldDefinition field, string text)
    {
        JsonElement json;
        try
        {
            json = JsonSerializer.Deserialize<JsonElement>(text);
        }
        catch (JsonException)
        {
            return FieldResult.Fail(PricingText.T("Les lignes doivent être une liste JSON : [{\"product\": …, \"strategy\": …, \"brackets\": […]}]."));
        }
        return ParseJson(field, json);
    }

    public override FieldResult ParseJson(FieldDefinition field, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.String) return Parse(field, json.GetString()!);
        var (lines, errors) = PriceLinesJson.Parse(json);
        return lines is null ? FieldResult.Fail(string.Join(" ", errors)) : FieldResult.Ok(PriceLinesJson.Write(lines));
    }

    public override async Task<FieldResult> CheckAsync(FieldDefinition field, object value, IReferenceChecker checker, CancellationToken ct)
    {
        var errors = new List<string>();
        var n = 0;
        foreach (var line in PriceLinesJson.Read((string)value))
        {
            n++;
            if (!await checker.RecordExistsAsync(ProductsModule.Name, line.ProductId, ct))
                errors.Add(PricingText.T("Ligne {0} : le produit n°{1} n'existe pas.", n, line.ProductId));
        }
        return errors.Count == 0 ? FieldResult.Ok(value) : FieldResult.Fail(string.Join(" ", errors));
    }

    public override string Format(FieldDefinition field, object? value, FormatContext context)
    {
        var count = value is string json ? PriceLinesJson.Read(json).Count : 0;
        return count switch
        {
            0 => "",
            1 => PricingText.T("1 produit"),
            _ => PricingText.T("{0} produits", count),
        };
    }

    /// <summary>Canonical too: the edit form shows the same text whatever database it was read from.</summary>
    public override string FormText(FieldDefinition field, object? value) => PriceLinesJson.Write(PriceLinesJson.Read(value as string));

    /// <summary>Re-written canonically: PostgreSQL's jsonb gives the keys back in its own order.</summary>
    public override JsonNode? ToJson(object? value) => PriceLinesJson.ToNode(PriceLinesJson.Read(value as string));

    public override object? FromStoredJson(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array ? PriceLinesJson.Write(PriceLinesJson.Parse(json).Lines ?? []) : "[]";
}
