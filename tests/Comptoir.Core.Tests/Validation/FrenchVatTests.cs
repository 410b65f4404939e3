using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class FrenchVatTests
{
    [Theory]
    [InlineData("443121975", "FR46443121975")]
    [InlineData("542051180", "FR59542051180")] // TotalEnergies SE
    [InlineData("552032534", "FR27552032534")] // Danone SA
    [InlineData("732829320", "FR44732829320")] // Apple France
    [InlineData("356000000", "FR39356000000")] // La Poste
    [InlineData("100000207", "FR03100000207")] // key below 10 is zero-padded to two digits
    public void Computes_vat_number_from_siren(string siren, string expected) =>
        Assert.Equal(expected, FrenchVat.FromSiren(siren));

    [Theory]
    [InlineData("")]
    [InlineData("44312197")]
    [InlineData("4431219750")]
    [InlineData("44312197A")]
    [InlineData("443 121 975")]
    public void Throws_when_siren_format_is_wrong(string siren) =>
        Assert.Throws<ArgumentException>(() => FrenchVat.FromSiren(siren));
}
