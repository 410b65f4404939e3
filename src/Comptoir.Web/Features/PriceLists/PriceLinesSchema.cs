using System.Text.Json.Nodes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Pricing;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
using Microsoft.OpenApi;

namespace Comptoir.Web.Features.PriceLists;

/// <summary>The price-lines field in the API: an array of lines, each a product, a strategy and its brackets.</summary>
internal static class PriceLinesSchema
{
    /// <summary>A price list's lines: one per product, brackets with strictly increasing fromQuantity.</summary>
    public static OpenApiSchema Of(FieldDefinition field, RecordSchemas.Shape shape, string description)
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
}
