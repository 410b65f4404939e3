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
                Shape.Output => OpenApiText.T("{0} : un objet plat dont les clés sont les clés d'API des champs. L'en-tête ETag porte sa version.", module.SingularLabel),
                Shape.Create => OpenApiText.T("Nouvel enregistrement « {0} ». Les clés en lecture seule (id, number…) sont ignorées ; les clés inconnues sont refusées.", module.SingularLabel),
                _ => OpenApiText.T("Seules les clés envoyées changent ; null efface une valeur."),
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
                Description = OpenApiText.T("À passer en ?cursor= pour la page suivante ; null sur la dernière page."),
            },
            ["previousCursor"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String | JsonSchemaType.Null,
                Description = OpenApiText.T("À passer en ?cursor= pour la page d'avant (les lignes qu'elle avait) ; null sur la première page."),
            },
        },
        Required = new HashSet<string> { "items", "nextCursor", "previousCursor" },
    };

    private static OpenApiSchema Field(FieldDefinition field, Shape shape)
    {
        // Both labels, so that a key is found whatever the language of the screen it was seen on; the help in the reader's.
        var description = DocText.Safe(field.Label.Fr) + (string.IsNullOrEmpty(field.Label.En) ? "" : " / " + DocText.Safe(field.Label.En)) + (field.HelpText is { } help ? $" — {DocText.Safe(help.ToString())}" : "");
        if (field.Type is OwnerFieldType)
            return new OpenApiSchema
            {
                Type = JsonSchemaType.Object | (field.Mandatory && shape != Shape.Patch ? 0 : JsonSchemaType.Null),
                Description = description + (shape == Shape.Create ? " " + OpenApiText.T("Par défaut : l'appelant.") : ""),
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
            // A type with an empty value (a box is false) never reads back as null.
            Type = TypeOf(type) | (field.Type.EmptyValue is not null && shape == Shape.Output ? 0 : JsonSchemaType.Null),
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
            schema.Description += ". " + string.Join(", ", field.PicklistValues.Select(v => $"{v.Code} = {DocText.Safe(v.Label.ToString())}"));
        }
        if (field.ReferenceModule is { } module) schema.Description += " " + OpenApiText.T("(id d'un enregistrement de « {0} »)", module);
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
            Description = OpenApiText.T("À partir de fromQuantity unités : un unitPrice, ou un discountPercent de remise sur le unitPrice du produit (exactement l'un des deux)."),
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["fromQuantity"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Minimum = "1", Description = OpenApiText.T("Unités entières, ≥ 1, strictement croissantes.") },
                ["unitPrice"] = Number(OpenApiText.T("Prix unitaire HT, ≥ 0."), "0"),
                ["discountPercent"] = Number(OpenApiText.T("Remise en pourcentage, de 0 à 100."), "0", "100"),
            },
            Required = new HashSet<string> { "fromQuantity" },
        };
        var line = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["product"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64", Description = OpenApiText.T("Id d'un produit ; une ligne par produit.") },
                ["strategy"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Enum = PricingStrategies.All.Select(s => (JsonNode)JsonValue.Create(PricingStrategies.Code(s))).ToList(),
                    Description = OpenApiText.T("volume : toute la quantité au prix de sa tranche ; tranches : chaque tranche tarife sa propre part ; groupVolume : comme volume, la tranche étant choisie d'après la quantité cumulée du groupe."),
                },
                ["brackets"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = bracket, MinItems = 1 },
            },
            Required = new HashSet<string> { "product", "strategy", "brackets" },
        };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Array | JsonSchemaType.Null,
            Description = description + ". " + OpenApiText.T("Un produit sans ligne garde son prix catalogue ; null ou [] : aucune ligne."),
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
