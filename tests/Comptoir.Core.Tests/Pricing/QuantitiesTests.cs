using Comptoir.Core.Pricing;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Pricing;

public class QuantitiesTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("150", 150)]
    [InlineData(" 1 200 ", 1200)]
    [InlineData("1000000000", 1_000_000_000)]
    public void Reads_whole_quantities(string text, long expected) =>
        Assert.Equal(expected, Quantities.Parse(text, "Quantité").Value);

    [Theory]
    [InlineData("", "« Quantité » est obligatoire.")]
    [InlineData("-1", "« Quantité » doit être un nombre entier de 0 à 1 000 000 000.")]
    [InlineData("1,5", "« Quantité » doit être un nombre entier de 0 à 1 000 000 000.")]
    [InlineData("abc", "« Quantité » doit être un nombre entier de 0 à 1 000 000 000.")]
    [InlineData("1000000001", "« Quantité » ne peut pas dépasser 1 000 000 000 : vérifiez la saisie.")]
    [InlineData("999999999999999999999999999999", "« Quantité » ne peut pas dépasser 1 000 000 000 : vérifiez la saisie.")]
    public void Refuses_what_is_not_a_sensible_quantity(string text, string message)
    {
        using var _ = Culture.Use("fr");
        var (value, error) = Quantities.Parse(text, "Quantité");
        Assert.Null(value);
        Assert.Equal(message, Json.PlainSpaces(error!));
    }
}
