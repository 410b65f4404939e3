using System.Globalization;
using System.Resources;
using Comptoir.Core.Localization;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Localization;

public class TextsTests
{
    private const string Mandatory = "« {0} » est obligatoire.";

    [Theory]
    [InlineData("fr")]
    [InlineData("fr-FR")]
    [InlineData("de")]
    public void Returns_the_french_key_itself_when_not_reading_english(string culture)
    {
        using var _ = Culture.Use(culture);
        Assert.Equal("Saisissez un nombre entier positif.", Texts.T("Saisissez un nombre entier positif."));
        Assert.Equal("« Nom compte » est obligatoire.", Texts.T(Mandatory, "Nom compte"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    public void Returns_english_from_the_satellite_assembly(string culture)
    {
        using var _ = Culture.Use(culture);
        Assert.Equal("Enter a positive whole number.", Texts.T("Saisissez un nombre entier positif."));
        Assert.Equal("\"Account name\" is required.", Texts.T(Mandatory, "Account name"));
    }

    [Fact]
    public void Returns_an_unknown_sentence_unchanged_in_any_language()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("Phrase sans traduction.", Texts.T("Phrase sans traduction."));
    }

    [Fact]
    public void Has_an_empty_neutral_french_resource_and_an_english_one()
    {
        var resources = new ResourceManager(typeof(Texts));
        Assert.Null(resources.GetString("Oui", CultureInfo.InvariantCulture));
        Assert.Null(resources.GetString("Oui", CultureInfo.GetCultureInfo("fr")));
        Assert.Equal("Yes", resources.GetString("Oui", CultureInfo.GetCultureInfo("en")));
    }
}
