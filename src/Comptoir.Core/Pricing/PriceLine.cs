namespace Comptoir.Core.Pricing;

/// <summary>
/// From <see cref="FromQuantity"/> units on, either a unit price or a discount on the product's
/// catalogue price. Exactly one of the two is set.
/// </summary>
public sealed record PriceBracket(long FromQuantity, decimal? UnitPrice, decimal? DiscountPercent)
{
    /// <summary>The exact (unrounded) unit price this bracket gives a product sold at <paramref name="catalogPrice"/>.</summary>
    public decimal PriceFor(decimal catalogPrice) =>
        UnitPrice ?? catalogPrice * (1m - DiscountPercent!.Value / 100m);
}

/// <summary>One product's pricing in a price list: its strategy and brackets (strictly increasing).</summary>
public sealed record PriceLine(long ProductId, PricingStrategy Strategy, IReadOnlyList<PriceBracket> Brackets);
