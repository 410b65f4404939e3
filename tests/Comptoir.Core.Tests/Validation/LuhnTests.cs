using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class LuhnTests
{
    [Theory]
    [InlineData("443121975")]
    [InlineData("542051180")]      // TotalEnergies SE
    [InlineData("73282932000074")] // Apple France
    [InlineData("11122233344455")] // fake, but the 14 digits pass Luhn
    [InlineData("0")]
    [InlineData("4539578763621486")] // card-style test number
    public void Accepts_digits_when_checksum_passes(string digits) =>
        Assert.True(Luhn.IsValid(digits));

    [Theory]
    [InlineData("443121976")]      // last digit changed
    [InlineData("73282932000075")] // last digit changed
    [InlineData("73282932000047")] // two digits swapped
    [InlineData("11122233344456")]
    [InlineData("1")]
    public void Rejects_digits_when_checksum_fails(string digits) =>
        Assert.False(Luhn.IsValid(digits));

    [Theory]
    [InlineData("")]
    [InlineData("44312197A")]
    [InlineData("443 121 975")]
    [InlineData("４４３１２１９７５")] // full-width digits are not ASCII digits
    public void Rejects_input_when_not_only_ascii_digits(string digits) =>
        Assert.False(Luhn.IsValid(digits));
}
