using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class SirenTests
{
    [Theory]
    [InlineData("443121975")]
    [InlineData("542051180")] // TotalEnergies SE
    [InlineData("552032534")] // Danone SA
    [InlineData("732829320")] // Apple France
    [InlineData("356000000")] // La Poste
    public void Accepts_siren_when_checksum_passes(string siren) =>
        Assert.True(Siren.IsValid(siren));

    [Theory]
    [InlineData("443121976")]
    [InlineData("542051181")]
    [InlineData("552032535")]
    [InlineData("111222333")]
    public void Rejects_siren_when_checksum_fails(string siren) =>
        Assert.False(Siren.IsValid(siren));

    [Theory]
    [InlineData("")]
    [InlineData("44312197")]   // 8 digits
    [InlineData("4431219750")] // 10 digits
    [InlineData("44312197A")]
    [InlineData("443 121 975")] // not normalized
    [InlineData("44312197500017")] // a SIRET is not a SIREN
    public void Rejects_siren_when_format_is_wrong(string siren) =>
        Assert.False(Siren.IsValid(siren));
}
