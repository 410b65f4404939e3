namespace Comptoir.Core.Pricing;

/// <summary>One part of a line's quantity and what it costs (one part for volume, one per bracket reached for tranches).</summary>
/// <param name="Bracket">Null for the units below the first bracket, at the catalogue price.</param>
public sealed record PricePart(long Quantity, decimal UnitPrice, PriceBracket? Bracket);

/// <summary>What a quantity of a product costs: amounts rounded half-up to the cent at the line level.</summary>
/// <param name="UnitPrice">Total HT divided by the quantity, rounded to the cent (the bracket's price for volume).</param>
/// <param name="Strategy">Null when the catalogue price applies (no line for the product).</param>
/// <param name="Bracket">The bracket that applied (for tranches: the highest one reached); null at the catalogue price.</param>
/// <param name="SelectionQuantity">The quantity that chose the bracket: the group's combined quantity for group volume.</param>
public sealed record PriceQuote(
    long Quantity, decimal UnitPrice, decimal TotalExclTax, decimal VatRate, decimal VatAmount, decimal TotalInclTax,
    PricingStrategy? Strategy, PriceBracket? Bracket, long SelectionQuantity, IReadOnlyList<PricePart> Parts);

/// <summary>
/// Prices a quantity of a product under a price list line, in decimal only. Quantities are whole
/// units; bracket « from 101 » holds units 101 and up.
/// </summary>
public static class PriceCalculator
{
    /// <summary>A billion units: beyond it the input is a typo, not an order.</summary>
    public const long MaxQuantity = 1_000_000_000;

    /// <param name="catalogPrice">The product's « Prix de vente HT ».</param>
    /// <param name="vatRate">In percent (20, 5.5…).</param>
    /// <param name="line">The product's line in the account's price list, or null for the catalogue price.</param>
    /// <param name="groupQuantity">Group volume only: the combined quantity of the group's other members.</param>
    public static PriceQuote Quote(decimal catalogPrice, decimal vatRate, PriceLine? line, long quantity, long groupQuantity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantity, MaxQuantity);
        ArgumentOutOfRangeException.ThrowIfNegative(groupQuantity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(groupQuantity, MaxQuantity);

        var selection = line?.Strategy == PricingStrategy.GroupVolume ? quantity + groupQuantity : quantity;
        var parts = line?.Strategy == PricingStrategy.Tranches
            ? Tranches(catalogPrice, line.Brackets, quantity)
            : [Whole(catalogPrice, line is null ? null : BracketFor(line.Brackets, selection), quantity)];

        var exact = parts.Sum(p => p.Quantity * p.UnitPrice);
        var total = Cents(exact);
        var vat = Cents(total * vatRate / 100m);
        // Nothing bought: the unit price of the part that would start (catalogue, or the group's bracket), not 0 €.
        var unit = quantity == 0 ? Cents(parts[0].UnitPrice) : Cents(total / quantity);
        var bracket = parts.LastOrDefault(p => p.Quantity > 0 || quantity == 0)?.Bracket;
        return new PriceQuote(quantity, unit, total, vatRate, vat, total + vat, line?.Strategy, bracket, selection,
            parts.Where(p => p.Quantity > 0).ToList());
    }

    /// <summary>Half-up to the cent (0,005 → 0,01), as invoices round.</summary>
    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>The last bracket whose start the quantity reaches, or null below the first.</summary>
    public static PriceBracket? BracketFor(IReadOnlyList<PriceBracket> brackets, long quantity) =>
        brackets.LastOrDefault(b => b.FromQuantity <= quantity);

    private static PricePart Whole(decimal catalogPrice, PriceBracket? bracket, long quantity) =>
        new(quantity, bracket?.PriceFor(catalogPrice) ?? catalogPrice, bracket);

    private static List<PricePart> Tranches(decimal catalogPrice, IReadOnlyList<PriceBracket> brackets, long quantity)
    {
        // Units before the first bracket keep the catalogue price; each bracket then holds [from, next.from - 1].
        var parts = new List<PricePart>();
        var below = brackets.Count == 0 ? quantity : Math.Min(quantity, brackets[0].FromQuantity - 1);
        parts.Add(new PricePart(Math.Max(below, 0), catalogPrice, null));
        for (var i = 0; i < brackets.Count; i++)
        {
            var last = i + 1 < brackets.Count ? brackets[i + 1].FromQuantity - 1 : long.MaxValue;
            var count = Math.Min(quantity, last) - (brackets[i].FromQuantity - 1);
            if (count <= 0) break;
            parts.Add(new PricePart(count, brackets[i].PriceFor(catalogPrice), brackets[i]));
        }
        return parts;
    }
}
