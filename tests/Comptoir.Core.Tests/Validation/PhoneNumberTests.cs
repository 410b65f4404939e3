using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("01 42 68 53 00", "FR", "+33142685300")]
    [InlineData("01.42.68.53.00", "FR", "+33142685300")]
    [InlineData("+33 1 42 68 53 00", "FR", "+33142685300")]
    [InlineData("0033142685300", "FR", "+33142685300")]
    [InlineData("06 12 34 56 78", "FR", "+33612345678")]
    [InlineData("+44 20 7946 0958", "FR", "+442079460958")]
    [InlineData("020 7946 0958", "GB", "+442079460958")]
    public void Accepts_phone_and_normalizes_to_e164(string input, string region, string expected)
    {
        Assert.True(PhoneNumber.TryNormalize(input, region, out var e164));
        Assert.Equal(expected, e164);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("abc")]
    [InlineData("01 42")]
    [InlineData("01 42 68 53 00 00")] // too long
    [InlineData("+33 0 00 00 00 00")]
    public void Rejects_phone_when_not_a_valid_number(string input)
    {
        Assert.False(PhoneNumber.TryNormalize(input, "FR", out var e164));
        Assert.Equal(string.Empty, e164);
    }

    [Theory]
    [InlineData("+33142685300", "01 42 68 53 00")]
    [InlineData("+33612345678", "06 12 34 56 78")]
    [InlineData("+442079460958", "+44 20 7946 0958")]
    public void Formats_national_for_display_region_and_international_otherwise(string e164, string expected) =>
        Assert.Equal(expected, PhoneNumber.FormatForDisplay(e164));

    [Fact]
    public void Formats_national_when_display_region_matches_a_foreign_number() =>
        Assert.Equal("020 7946 0958", PhoneNumber.FormatForDisplay("+442079460958", "GB"));

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    public void Returns_input_unchanged_when_unparseable(string input) =>
        Assert.Equal(input, PhoneNumber.FormatForDisplay(input));
}
