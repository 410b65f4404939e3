using Comptoir.Core.Pricing;

namespace Comptoir.Core.Tests.Pricing;

/// <summary>The brackets (1 → 10 €, 101 → 8 €, 201 → 6 €) under each strategy, at every edge.</summary>
public class PriceCalculatorTests
{
    private static readonly PriceBracket From1 = new(1, 10m, null), From101 = new(101, 8m, null), From201 = new(201, 6m, null);
    private static PriceLine Line(PricingStrategy strategy) => new(1, strategy, [From1, From101, From201]);

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 10, 10)]
    [InlineData(100, 10, 1000)]
    [InlineData(101, 8, 808)]
    [InlineData(150, 8, 1200)]
    [InlineData(200, 8, 1600)]
    [InlineData(201, 6, 1206)]
    public void Volume_prices_the_whole_quantity_at_its_bracket(long quantity, decimal unit, decimal total)
    {
        var quote = PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Volume), quantity);
        Assert.Equal(total, quote.TotalExclTax);
        if (quantity > 0) Assert.Equal(unit, quote.UnitPrice);
        Assert.Equal(PricingStrategy.Volume, quote.Strategy);
    }

    [Fact]
    public void Volume_names_the_bracket_that_applied()
    {
        Assert.Same(From101, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Volume), 150).Bracket);
        Assert.Same(From201, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Volume), 201).Bracket);
        Assert.Same(From101, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Volume), 200).Bracket);
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(100, 1000)]
    [InlineData(101, 1008)]
    [InlineData(150, 1400)]
    [InlineData(200, 1800)]
    [InlineData(201, 1806)]
    [InlineData(300, 2400)]
    public void Tranches_price_each_part_at_its_own_bracket(long quantity, decimal total) =>
        Assert.Equal(total, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Tranches), quantity).TotalExclTax);

    [Fact]
    public void Tranches_show_their_parts_and_the_average_unit_price_rounded()
    {
        var quote = PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Tranches), 150);

        Assert.Equal(1400m, quote.TotalExclTax);
        Assert.Equal(9.33m, quote.UnitPrice);      // 1 400 / 150 = 9,333…
        Assert.Same(From101, quote.Bracket);
        Assert.Equal([(100L, 10m), (50L, 8m)], quote.Parts.Select(p => (p.Quantity, p.UnitPrice)));
    }

    [Fact]
    public void Group_volume_picks_the_bracket_with_the_group_and_bills_the_own_quantity()
    {
        var alone = PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.GroupVolume), 50);
        var inGroup = PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.GroupVolume), 50, groupQuantity: 100);
        var bigGroup = PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.GroupVolume), 50, groupQuantity: 151);

        Assert.Equal(500m, alone.TotalExclTax);
        Assert.Equal(400m, inGroup.TotalExclTax);   // 150 together: 8 €
        Assert.Equal(150, inGroup.SelectionQuantity);
        Assert.Same(From101, inGroup.Bracket);
        Assert.Equal(300m, bigGroup.TotalExclTax);  // 201 together: 6 €
    }

    [Fact]
    public void Volume_ignores_a_group_quantity()
    {
        Assert.Equal(500m, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Volume), 50, groupQuantity: 500).TotalExclTax);
        Assert.Equal(500m, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.Tranches), 50, groupQuantity: 500).TotalExclTax);
    }

    [Fact]
    public void Below_the_first_bracket_the_catalogue_price_applies()
    {
        var line = new PriceLine(1, PricingStrategy.Volume, [new PriceBracket(10, 8m, null)]);
        var tranches = line with { Strategy = PricingStrategy.Tranches };

        var nine = PriceCalculator.Quote(12m, 20m, line, 9);
        Assert.Equal(108m, nine.TotalExclTax);
        Assert.Null(nine.Bracket);
        Assert.Equal(80m, PriceCalculator.Quote(12m, 20m, line, 10).TotalExclTax);
        Assert.Equal(9 * 12m + 6 * 8m, PriceCalculator.Quote(12m, 20m, tranches, 15).TotalExclTax);
        Assert.Equal(108m, PriceCalculator.Quote(12m, 20m, tranches, 9).TotalExclTax);
    }

    [Fact]
    public void Without_a_line_the_catalogue_price_applies()
    {
        var quote = PriceCalculator.Quote(12.5m, 20m, null, 3);
        Assert.Equal(12.5m, quote.UnitPrice);
        Assert.Equal(37.5m, quote.TotalExclTax);
        Assert.Equal(7.5m, quote.VatAmount);
        Assert.Equal(45m, quote.TotalInclTax);
        Assert.Null(quote.Strategy);
        Assert.Null(quote.Bracket);
    }

    [Fact]
    public void Zero_costs_nothing_and_shows_the_price_of_a_first_unit()
    {
        foreach (var strategy in PricingStrategies.All)
        {
            var quote = PriceCalculator.Quote(12m, 20m, Line(strategy), 0);
            Assert.Equal(0m, quote.TotalExclTax);
            Assert.Equal(0m, quote.VatAmount);
            Assert.Equal(0m, quote.TotalInclTax);
        }
        Assert.Equal(12m, PriceCalculator.Quote(12m, 20m, null, 0).UnitPrice);
        Assert.Equal(8m, PriceCalculator.Quote(12m, 20m, Line(PricingStrategy.GroupVolume), 0, groupQuantity: 150).UnitPrice);
    }

    [Fact]
    public void A_discount_bracket_takes_a_percentage_off_the_catalogue_price()
    {
        var line = new PriceLine(1, PricingStrategy.Volume, [new PriceBracket(1, null, 0m), new PriceBracket(10, null, 15m), new PriceBracket(20, null, 100m)]);

        Assert.Equal(9.99m, PriceCalculator.Quote(9.99m, 20m, line, 1).TotalExclTax);
        // 9,99 × 0,85 = 8,4915 per unit, rounded once on the line: 10 × 8,4915 = 84,915 → 84,92.
        var ten = PriceCalculator.Quote(9.99m, 20m, line, 10);
        Assert.Equal(84.92m, ten.TotalExclTax);
        Assert.Equal(8.49m, ten.UnitPrice);
        Assert.Equal(0m, PriceCalculator.Quote(9.99m, 20m, line, 20).TotalExclTax);
    }

    [Theory]
    [InlineData("0.125", "0.13")]
    [InlineData("0.135", "0.14")]
    [InlineData("2.675", "2.68")]
    [InlineData("-0.005", "-0.01")]
    public void Rounds_half_up_to_the_cent(string amount, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            PriceCalculator.Cents(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("20", "200.50", "40.10", "240.60")]
    [InlineData("5.5", "200.50", "11.03", "211.53")]   // 11,0275 → 11,03
    [InlineData("2.1", "200.50", "4.21", "204.71")]    // 4,2105 → 4,21
    [InlineData("0", "200.50", "0", "200.50")]
    public void Vat_is_rounded_on_the_line(string rate, string total, string vat, string inclTax)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        var quote = PriceCalculator.Quote(D(total), ProductsModule.VatPercent(rate), null, 1);
        Assert.Equal(D(vat), quote.VatAmount);
        Assert.Equal(D(inclTax), quote.TotalInclTax);
    }

    [Fact]
    public void A_billion_units_at_a_high_price_does_not_overflow()
    {
        var quote = PriceCalculator.Quote(999_999_999_999.99m, 20m, Line(PricingStrategy.Tranches) with
        {
            Brackets = [new PriceBracket(1, 999_999_999_999.99m, null), new PriceBracket(PriceCalculator.MaxQuantity, null, 50m)],
        }, PriceCalculator.MaxQuantity, groupQuantity: PriceCalculator.MaxQuantity);

        // The last unit at half price ends in 0,005: the line rounds it up once.
        Assert.Equal(999_999_999_999.99m * (PriceCalculator.MaxQuantity - 1) + 499_999_999_999.995m + 0.005m, quote.TotalExclTax);
        Assert.True(quote.TotalInclTax > quote.TotalExclTax);
        var group = PriceCalculator.Quote(10m, 20m, Line(PricingStrategy.GroupVolume), PriceCalculator.MaxQuantity, PriceCalculator.MaxQuantity);
        Assert.Equal(6m * PriceCalculator.MaxQuantity, group.TotalExclTax);
    }

    [Fact]
    public void Refuses_quantities_out_of_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceCalculator.Quote(1m, 20m, null, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceCalculator.Quote(1m, 20m, null, PriceCalculator.MaxQuantity + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PriceCalculator.Quote(1m, 20m, null, 1, -1));
    }
}
