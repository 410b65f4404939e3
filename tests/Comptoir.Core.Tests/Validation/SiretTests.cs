using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class SiretTests
{
    [Theory]
    [InlineData("73282932000074")] // Apple France
    [InlineData("54205118000066")] // TotalEnergies SE head office
    [InlineData("55203253400646")] // Danone SA head office
    [InlineData("35600000000048")] // La Poste head office: plain Luhn (its digit sum, 26, would fail the La Poste rule)
    [InlineData("11122233700003")] // fake but consistent: SIREN 111222337 and the 14 digits both pass Luhn
    public void Accepts_siret_when_checksum_passes(string siret) =>
        Assert.Equal(SiretError.None, Siret.Check(siret));

    [Theory]
    [InlineData("35600000049837")] // La Poste establishments: digit sum 40 and 35,
    [InlineData("35600000052135")] // both fail plain Luhn
    public void Accepts_la_poste_establishment_when_digit_sum_is_multiple_of_5(string siret)
    {
        Assert.False(Luhn.IsValid(siret));
        Assert.Equal(SiretError.None, Siret.Check(siret));
    }

    [Theory]
    [InlineData("35600000049838")] // one digit changed: sum 41
    [InlineData("35600000049813")] // passes plain Luhn but digit sum is 34: the La Poste rule applies, not Luhn
    [InlineData("35600000000049")] // head office with last digit changed
    public void Rejects_la_poste_siret_when_its_rule_fails(string siret) =>
        Assert.Equal(SiretError.Checksum, Siret.Check(siret));

    [Theory]
    [InlineData("73282932000075")] // last digit changed
    [InlineData("73282932000064")] // NIC digit changed
    [InlineData("73282932000047")] // two digits swapped
    [InlineData("44312197500016")]
    public void Rejects_siret_when_checksum_fails(string siret) =>
        Assert.Equal(SiretError.Checksum, Siret.Check(siret));

    [Fact]
    public void Rejects_siret_when_siren_checksum_fails_even_if_14_digits_pass_luhn()
    {
        // 11122233344455 passes Luhn as a whole, but its SIREN 111222333 does not.
        Assert.True(Luhn.IsValid("11122233344455"));
        Assert.Equal(SiretError.Checksum, Siret.Check("11122233344455"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("7328293200007")]   // 13 digits
    [InlineData("732829320000745")] // 15 digits
    [InlineData("7328293200007A")]
    [InlineData("732 829 320 00074")] // not normalized
    [InlineData("732.829.320.00074")]
    [InlineData("732-829-320-00074")]
    public void Rejects_siret_when_format_is_wrong(string siret) =>
        Assert.Equal(SiretError.Format, Siret.Check(siret));

    [Theory]
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData(" 73282932000074 ", "73282932000074")]
    [InlineData("732\u00A0829\u00A0320\u00A000074", "73282932000074")]
    [InlineData("732\u202F829\u202F320\u202F00074", "73282932000074")]
    [InlineData("732.829.320.00074", "732.829.320.00074")] // dots are kept so Check reports Format
    [InlineData("732-829-320-00074", "732-829-320-00074")]
    [InlineData("", "")]
    public void Normalize_removes_only_spaces(string input, string expected) =>
        Assert.Equal(expected, Siret.Normalize(input));

    [Fact]
    public void Accepts_siret_when_typed_with_spaces_and_normalized() =>
        Assert.Equal(SiretError.None, Siret.Check(Siret.Normalize("356 000 000 49837")));

    [Theory]
    [InlineData("73282932000074", "732829320")]
    [InlineData("35600000049837", "356000000")]
    public void Siren_returns_first_nine_digits(string siret, string expected) =>
        Assert.Equal(expected, Siret.Siren(siret));

    [Fact]
    public void Siren_throws_when_input_is_shorter_than_a_siren() =>
        Assert.Throws<ArgumentException>(() => Siret.Siren("73282"));
}
