using System.Text.Json.Nodes;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Pricing;
using Comptoir.Web.Features.Docs;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.Api;

/// <summary>
/// JSON schemas of a module's records, built from the registry on each request for the document:
/// a field added to the module (or a custom one) is published without code.
/// </summary>
public static class RecordSchemas
{
    public enum Shape { Output, Create, Patch }

    public static OpenApiSchema Record(ModuleDefinition module, Shape shape)
    {
        var properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        if (shape == Shape.Output)
        {
            properties[RecordJson.Id] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", ReadOnly = true };
            required.Add(RecordJson.Id);
        }
        foreach (var field in module.ActiveFields.Where(f => shape == Shape.Output || !f.ReadOnly))
        {
            properties[field.Key] = Field(field, shape);
            // The owner defaults to the caller on create: mandatory, yet not required in the body.
            if (field.Mandatory && (shape == Shape.Output || (shape == Shape.Create && field.Type is not OwnerFieldType)))
                required.Add(field.Key);
        }
        if (shape == Shape.Output)
        {
            properties[RecordJson.CreatedAt] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", ReadOnly = true };
            properties[RecordJson.UpdatedAt] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", ReadOnly = true };
        }
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = shape switch
            {
                Shape.Output => $"{module.SingularLabel.En} ({module.SingularLabel.Fr}): one flat object keyed by the fields' API keys. The ETag header carries its version.",
                Shape.Create => $"A new {module.SingularLabel.En.ToLowerInvariant()}. Read-only keys (id, number…) are ignored; unknown keys are refused.",
                _ => "Only the keys sent change; null clears a value.",
            },
            Properties = properties,
            Required = required,
        };
    }

    public static OpenApiSchema List(IOpenApiSchema item) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["items"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = item },
            ["nextCursor"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Description = "Pass as ?cursor= for the next page; null on the last page.",
            },
            ["previousCursor"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Description = "Pass as ?cursor= for the page before (the same rows it held); null on the first page.",
            },
        },
        Required = new HashSet<string> { "items", "nextCursor", "previousCursor" },
    };

    private static OpenApiSchema Field(FieldDefinition field, Shape shape)
    {
        var description = DocText.Safe(field.Label.Fr) + (string.IsNullOrEmpty(field.Label.En) ? "" : " / " + DocText.Safe(field.Label.En)) + (field.HelpText is { } help ? $" — {DocText.Safe(help.En)}" : "");
        if (field.Type is OwnerFieldType)
            return new OpenApiSchema
            {
                Type = JsonSchemaType.Object | (field.Mandatory && shape != Shape.Patch ? 0 : JsonSchemaType.Null),
                Description = description + (shape == Shape.Create ? " Defaults to the caller." : ""),
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("user"), JsonValue.Create("team")] },
                    ["id"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                },
                Required = new HashSet<string> { "type", "id" },
            };

        if (field.Type is PriceLinesFieldType) return PriceLines(description);

        var (type, format) = field.Type.JsonSchema;
        var schema = new OpenApiSchema
        {
            Type = TypeOf(type) | (field.Type is CheckboxFieldType && shape == Shape.Output ? 0 : JsonSchemaType.Null),
            Format = format,
            Description = description,
            ReadOnly = field.ReadOnly,
            MaxLength = field.Type.HasLength ? field.MaxLength : null,
        };
        if (field.PicklistValues.Count > 0)
        {
            // Output may still hold a retired code; input takes only the values offered today (or their labels).
            schema.Enum = field.PicklistValues.Where(v => shape == Shape.Output || !v.Retired)
                .Select(v => (JsonNode)JsonValue.Create(v.Code)).ToList();
            schema.Description += ". " + string.Join(", ", field.PicklistValues.Select(v => $"{v.Code} = {DocText.Safe(v.Label.Fr)}"));
        }
        if (field.ReferenceModule is { } module) schema.Description += $" (id of a record of « {module} »)";
        return schema;
    }

    /// <summary>A price list's lines: one per product, brackets with strictly increasing fromQuantity.</summary>
    private static OpenApiSchema PriceLines(string description)
    {
        static OpenApiSchema Number(string text, string? minimum = null, string? maximum = null) =>
            new() { Type = JsonSchemaType.Number, Description = text, Minimum = minimum, Maximum = maximum };
        var bracket = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "From fromQuantity units on: a unitPrice, or a discountPercent off the product's unitPrice (exactly one of the two).",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["fromQuantity"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1", Description = "Whole units, ≥ 1, strictly increasing." },
                ["unitPrice"] = Number("Unit price excl. tax, ≥ 0.", "0"),
                ["discountPercent"] = Number("Discount in percent, 0 to 100.", "0", "100"),
            },
            Required = new HashSet<string> { "fromQuantity" },
        };
        var line = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["product"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = "Id of a product; one line per product." },
                ["strategy"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = PricingStrategies.All.Select(s => (JsonNode)JsonValue.Create(PricingStrategies.Code(s))).ToList(),
                    Description = "volume: the whole quantity at its bracket's price; tranches: each bracket prices its own part; "
                        + "groupVolume: as volume, the bracket chosen by the group's combined quantity.",
                },
                ["brackets"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = bracket, MinItems = 1 },
            },
            Required = new HashSet<string> { "product", "strategy", "brackets" },
        };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Array | JsonSchemaType.Null,
            Description = description + ". A product without a line keeps its catalogue price; null or [] means no lines.",
            Items = line,
        };
    }

    private static JsonSchemaType TypeOf(string name) => name switch
    {
        "integer" => JsonSchemaType.Integer,
        "number" => JsonSchemaType.Number,
        "boolean" => JsonSchemaType.Boolean,
        "object" => JsonSchemaType.Object,
        "array" => JsonSchemaType.Array,
        _ => JsonSchemaType.String,
    };
}
