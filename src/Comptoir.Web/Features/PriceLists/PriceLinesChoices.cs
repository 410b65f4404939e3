using System.Text.Json;
using Comptoir.Data.Pricing;

namespace Comptoir.Web.Features.PriceLists;

/// <summary>The products the lines editor offers (<see cref="ProductChoices.ForLinesAsync"/>), as its script reads them.</summary>
public static class PriceLinesChoices
{
    /// <summary>The editor's data-products attribute: [{"id", "label", "price"}].</summary>
    public static string Json(IEnumerable<ProductChoice> choices) =>
        JsonSerializer.Serialize(choices.Select(c => new { id = c.Id, label = c.Label, price = c.UnitPrice }));
}
