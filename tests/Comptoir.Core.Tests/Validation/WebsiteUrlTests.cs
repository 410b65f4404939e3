using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class WebsiteUrlTests
{
    [Theory]
    [InlineData("exemple.fr", "https://exemple.fr")]
    [InlineData("  exemple.fr  ", "https://exemple.fr")]
    [InlineData("www.exemple.fr/page", "https://www.exemple.fr/page")]
    [InlineData("http://exemple.fr", "http://exemple.fr")]
    [InlineData("https://exemple.fr", "https://exemple.fr")]
    [InlineData("https://exemple.fr/", "https://exemple.fr")]
    [InlineData("https://exemple.fr/a?b=c", "https://exemple.fr/a?b=c")]
    [InlineData("HTTPS://WWW.Exemple.FR/Page", "https://www.exemple.fr/Page")]
    [InlineData("exemple.fr:8080/x", "https://exemple.fr:8080/x")]
    [InlineData("https://exemple.fr:443", "https://exemple.fr")]
    [InlineData("exemple.fr/#contact", "https://exemple.fr/#contact")]
    public void Accepts_url_and_normalizes_it(string input, string expected)
    {
        Assert.True(WebsiteUrl.TryNormalize(input, out var normalized));
        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Accepts_url_when_host_is_internationalized()
    {
        // The Unicode host is kept for display; the path is percent-encoded.
        Assert.True(WebsiteUrl.TryNormalize("café.fr/é", out var normalized));
        Assert.Equal("https://café.fr/%C3%A9", normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("mailto:jean@exemple.fr")]
    [InlineData("data:text/html,x")]
    [InlineData("ftp://x.fr")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://")]
    [InlineData("https://")]
    [InlineData("exemple")]
    [InlineData("localhost")]
    [InlineData("http://localhost")]
    [InlineData("exemple .fr")]
    [InlineData("https://exemple.fr/une page")]
    [InlineData("https://-exemple.fr")]
    [InlineData("https://exemple-.fr")]
    [InlineData("https://exemple..fr")]
    [InlineData("https://exemple_site.fr")]
    [InlineData("https://exemple.f")]
    [InlineData("http://192.168.0.1")]
    [InlineData("https://jean:secret@exemple.fr")]
    [InlineData("exemple.fr:abc")]
    public void Rejects_url_when_not_a_public_http_website(string input)
    {
        Assert.False(WebsiteUrl.TryNormalize(input, out var normalized));
        Assert.Equal(string.Empty, normalized);
    }
}
