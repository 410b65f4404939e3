namespace Comptoir.Core.Pricing;

/// <summary>A price list (grille tarifaire): per product, a pricing strategy over quantity brackets.</summary>
public sealed class PriceList : StandardRecord
{
    public string Name { get; set; } = "";
    public string NameKey { get; set; } = "";
    public string Currency { get; set; } = "EUR";
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public bool Active { get; set; } = true;
    public string Description { get; set; } = "";
    /// <summary>
    /// The lines as one JSON array: [{"product", "strategy", "brackets": [{"fromQuantity", "unitPrice"|"discountPercent"}]}].
    /// A list is read and priced whole, so one document beats a child table and keeps the lines a registry field.
    /// </summary>
    public string Lines { get; set; } = "[]";
}
