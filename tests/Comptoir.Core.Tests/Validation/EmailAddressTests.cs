using Comptoir.Core.Validation;

namespace Comptoir.Core.Tests.Validation;

public class EmailAddressTests
{
    [Theory]
    [InlineData("jean.dupont@exemple.fr")]
    [InlineData("jean.dupont+crm@exemple.fr")]
    [InlineData("j@mail.exemple.co.uk")]
    [InlineData("contact@société-générale.fr")]
    [InlineData("élodie@café.fr")]
    [InlineData("  jean@exemple.fr  ")]
    [InlineData("JEAN@EXEMPLE.FR")]
    [InlineData("o'brien_42@x-y.io")]
    public void Accepts_email_when_pragmatically_valid(string email) =>
        Assert.True(EmailAddress.IsValid(email));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("jean.dupont@exemple")]      // no dot in domain
    [InlineData("jean@@exemple.fr")]
    [InlineData("jean@dupont@exemple.fr")]
    [InlineData("jean dupont@exemple.fr")]
    [InlineData("jean.dupont@exemple..fr")]
    [InlineData("jean..dupont@exemple.fr")]
    [InlineData(".jean@exemple.fr")]
    [InlineData("jean.@exemple.fr")]
    [InlineData("@exemple.fr")]
    [InlineData("jean@")]
    [InlineData("jean@-exemple.fr")]
    [InlineData("jean@exemple-.fr")]
    [InlineData("jean@.exemple.fr")]
    [InlineData("jean@exemple.fr.")]
    [InlineData("jean@exemple.f")]           // TLD too short
    [InlineData("jean@exemple.123")]         // TLD not letters
    [InlineData("jean@192.168.0.1")]
    [InlineData("jean@exemple_site.fr")]
    [InlineData("jean@exemple.fr/x")]
    [InlineData("jean.dupont.exemple.fr")]
    public void Rejects_email_when_malformed(string email) =>
        Assert.False(EmailAddress.IsValid(email));

    [Fact]
    public void Rejects_email_when_longer_than_254_characters()
    {
        var domain = string.Join('.', Enumerable.Repeat(new string('a', 60), 4)) + ".fr"; // 246 chars
        Assert.True(EmailAddress.IsValid("abcdefg@" + domain));   // 254
        Assert.False(EmailAddress.IsValid("abcdefgh@" + domain)); // 255
    }

    [Theory]
    [InlineData("  Jean.Dupont@Exemple.FR ", "jean.dupont@exemple.fr")]
    [InlineData("Élodie@Café.fr", "élodie@café.fr")]
    public void Normalize_trims_and_lowercases(string input, string expected) =>
        Assert.Equal(expected, EmailAddress.Normalize(input));
}
