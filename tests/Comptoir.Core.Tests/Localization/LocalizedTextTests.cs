using System.Globalization;
using Comptoir.Core.Localization;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Localization;

public class LocalizedTextTests
{
    private static readonly LocalizedText Label = new("Comptes clients", "Accounts");

    [Theory]
    [InlineData("fr", "Comptes clients")]
    [InlineData("fr-FR", "Comptes clients")]
    [InlineData("en", "Accounts")]
    [InlineData("en-GB", "Accounts")]
    [InlineData("de", "Comptes clients")]   // French is the fallback
    public void Picks_the_reader_language(string culture, string expected) =>
        Assert.Equal(expected, Label.Get(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Falls_back_to_french_when_no_english_was_written() =>
        Assert.Equal("Fidélité", new LocalizedText("Fidélité", "").Get(CultureInfo.GetCultureInfo("en")));

    [Fact]
    public void Prints_itself_in_the_current_ui_language()
    {
        using (Culture.Use("en")) Assert.Equal("Accounts", Label.ToString());
        using (Culture.Use("fr")) Assert.Equal("Comptes clients", $"{Label}");
    }
}
