using Comptoir.Core.Pricing;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.FieldTypes;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.Api;

/// <summary>
/// JSON schemas of a module's records, built from the registry on each request for the document:
/// a field added to the module (or a custom one) is published without code.
/// </summary>
public static class RecordSchemas
{
    public enum Shape { Output, Create, Patch }

    public static OpenApiSchema Record(ModuleDefinition module, Shape shape, FieldTypeRegistry fieldTypes)
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
            properties[field.Key] = Field(field, shape, fieldTypes);
            // The owner defaults to the caller on create: mandatory, yet not required in the body.
            if (field.Mandatory && (shape == Shape.Output || (shape == Shape.Create && !field.Type.DefaultsToCaller)))
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

    private static OpenApiSchema Field(FieldDefinition field, Shape shape, FieldTypeRegistry fieldTypes)
    {
        // Both labels, so that a key is found whatever the language of the screen it was seen on; the help in the reader's.
        var description = DocText.Safe(field.Label.Fr) + (string.IsNullOrEmpty(field.Label.En) ? "" : " / " + DocText.Safe(field.Label.En)) + (field.HelpText is { } help ? $" — {DocText.Safe(help.ToString())}" : "");
        if (fieldTypes.ViewOf(field.Type).Schema is { } own) return own(field, shape, description);

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
