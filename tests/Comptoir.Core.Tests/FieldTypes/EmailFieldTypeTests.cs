using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class EmailFieldTypeTests
{
    private static readonly EmailFieldType Type = FieldTypeCatalog.Email;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Email = Field.Of("email", Type).Build();

    [Fact]
    public void Stores_email_in_lower_case() =>
        Assert.Equal("contact@boulangerie-dupont.fr", Type.Parse(Email, "Contact@Boulangerie-Dupont.FR").Value);

    [Theory]
    [InlineData("contact@dupont")]
    [InlineData("contact dupont@dupont.fr")]
    [InlineData("contact@@dupont.fr")]
    public void Rejects_email_with_a_french_example(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Adresse email invalide (exemple : nom@societe.fr).", Type.Parse(Email, text).Error);
    }

    [Fact]
    public void Rejects_email_in_english_when_the_user_reads_english()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("Invalid email address (example: name@company.com).", Type.Parse(Email, "nope").Error);
    }

    [Fact]
    public void Takes_a_json_string_and_refuses_a_json_number()
    {
        Assert.Equal("a@b.fr", Type.ParseJson(Email, Json.Of("\" A@B.fr \"")).Value);
        Assert.False(Type.ParseJson(Email, Json.Of("12")).IsValid);
        Assert.False(Type.ParseJson(Email, Json.Of("true")).IsValid);
    }

    [Fact]
    public void Round_trips_through_the_edit_form_and_json()
    {
        var stored = Type.Parse(Email, "Jean@Exemple.fr").Value;
        Assert.Equal(stored, Type.Parse(Email, Type.FormText(Email, stored)).Value);
        Assert.Equal("jean@exemple.fr", Type.Format(Email, stored, Culture.Format("fr")));
        Assert.Equal("\"jean@exemple.fr\"", Type.ToJson(stored)!.ToJsonString());
        Assert.Equal(("string", "email"), Type.JsonSchema);
        Assert.Equal("email", Type.InputType);
    }
}
