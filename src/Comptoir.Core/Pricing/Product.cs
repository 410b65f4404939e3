namespace Comptoir.Core.Pricing;

/// <summary>A product of the catalogue, at its catalogue price (prix de vente HT).</summary>
public sealed class Product : StandardRecord
{
    /// <summary>« Référence »: unique, as the business writes it.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameKey { get; set; } = "";
    public string Unit { get; set; } = "";
    public decimal UnitPrice { get; set; }
    /// <summary>Code of the VAT rate picklist: "20", "10", "5.5", "2.1", "0".</summary>
    public string VatRate { get; set; } = "";
    public bool Active { get; set; } = true;
    public string Description { get; set; } = "";
}
