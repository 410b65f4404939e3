using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class UrlFieldTypeTests
{
    private static readonly UrlFieldType Type = FieldTypeCatalog.Url;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Website = Field.Of("website", Type).Build();

    [Theory]
    [InlineData("www.societe.fr", "https://www.societe.fr")]
    [InlineData("http://societe.fr/", "http://societe.fr")]
    [InlineData("https://www.societe.fr/contact?x=1", "https://www.societe.fr/contact?x=1")]
    public void Accepts_website_and_normalises_it(string text, string stored) =>
        Assert.Equal(stored, Type.Parse(Website, text).Value);

    [Theory]
    [InlineData("ftp://societe.fr")]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:contact@societe.fr")]
    [InlineData("https://")]
    [InlineData("www societe fr")]
    public void Rejects_website_unless_http_or_https(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal(
            "Adresse web invalide : seules les adresses http:// ou https:// sont acceptées (exemple : https://www.societe.fr).",
            Type.Parse(Website, text).Error);
    }

    [Fact]
    public void Rejects_website_in_english_when_the_user_reads_english()
    {
        using var _ = Culture.Use("en");
        Assert.StartsWith("Invalid web address", Type.Parse(Website, "ftp://x.fr").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Round_trips_through_the_edit_form_and_json()
    {
        var stored = Type.Parse(Website, "www.societe.fr").Value;
        Assert.Equal(stored, Type.Parse(Website, Type.FormText(Website, stored)).Value);
        Assert.Equal("https://www.societe.fr", Type.Format(Website, stored, Culture.Format("en")));
        Assert.Equal("\"https://www.societe.fr\"", Type.ToJson(stored)!.ToJsonString());
        Assert.Equal(("string", "uri"), Type.JsonSchema);
    }
}
