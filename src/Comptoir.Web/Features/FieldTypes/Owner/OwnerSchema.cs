using System.Text.Json.Nodes;
using Comptoir.Core.Metadata;
using Comptoir.Web.Features.Docs;
using Microsoft.OpenApi;
using Shape = Comptoir.Web.Features.Api.RecordSchemas.Shape;

namespace Comptoir.Web.Features.FieldTypes;

/// <summary>An owner in the API: a user or a team, named by its kind and id; it defaults to the caller on create.</summary>
internal static class OwnerSchema
{
    public static OpenApiSchema Of(FieldDefinition field, Shape shape, string description) =>
        new()
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
}
