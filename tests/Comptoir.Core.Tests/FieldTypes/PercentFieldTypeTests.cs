using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class PercentFieldTypeTests
{
    private static readonly PercentFieldType Type = FieldTypeCatalog.Percent;
    private static readonly FieldDefinition Discount = Field.Of("cf_remise", Type).Label("Remise", "Discount").Build();

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("12,5 %", 12.5)]
    [InlineData("0", 0)]
    [InlineData("100", 100)]
    [InlineData("33,333", 33.33)]
    public void Accepts_french_and_invariant_input_with_or_without_the_sign(string text, double expected) =>
        Assert.Equal((decimal)expected, Type.Parse(Discount, text).Value);

    [Theory]
    [InlineData("100,01")]
    [InlineData("-1")]
    public void Refuses_a_share_outside_0_to_100(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Saisissez un pourcentage entre 0 et 100.", Type.Parse(Discount, text).Error);
    }

    [Fact]
    public void Refuses_words_in_french_and_english()
    {
        using (Culture.Use("fr")) Assert.Equal("Saisissez un pourcentage (exemple : 12,5).", Type.Parse(Discount, "beaucoup").Error);
        using (Culture.Use("en")) Assert.Equal("Enter a percentage (example: 12.5).", Type.Parse(Discount, "lots").Error);
    }

    [Fact]
    public void Shows_the_sign_as_each_language_writes_it()
    {
        Assert.Equal("12,5\u202f%", Type.Format(Discount, 12.5m, Culture.Format("fr")));
        Assert.Equal("12.5%", Type.Format(Discount, 12.5m, Culture.Format("en")));
        Assert.Equal(("number", "decimal"), Type.JsonSchema);
        Assert.Equal(12.5m, Type.ParseJson(Discount, Json.Of("12.5")).Value);
    }

    [Fact]
    public void A_decimal_field_keeps_the_places_its_administrator_chose()
    {
        var rate = Field.Of("cf_taux", FieldTypeCatalog.Decimal).Decimals(4).Build();
        Assert.Equal(1.2346m, FieldTypeCatalog.Decimal.Parse(rate, "1,23456").Value);
        Assert.Equal("1,2346", FieldTypeCatalog.Decimal.Format(rate, 1.2346m, Culture.Format("fr")));
        using var _ = Culture.Use("fr");
        Assert.Equal("1,2346", FieldTypeCatalog.Decimal.FormText(rate, 1.2346m));
    }
}
