using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class PhoneFieldTypeTests
{
    private static readonly PhoneFieldType Type = FieldTypeCatalog.Phone;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Phone = Field.Of("phone", Type).Build();

    [Theory]
    [InlineData("01 23 45 67 89", "+33123456789")]
    [InlineData("01.23.45.67.89", "+33123456789")]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("0033 6 12 34 56 78", "+33612345678")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    public void Stores_phone_in_e164(string text, string stored) =>
        Assert.Equal(stored, Type.Parse(Phone, text).Value);

    [Theory]
    [InlineData("123")]
    [InlineData("appelez-moi")]
    [InlineData("01 23 45 67 89 01 23 45 67 89 01 23 45 67 89")]
    public void Rejects_phone_that_does_not_parse(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Numéro de téléphone non reconnu (exemple : 01 23 45 67 89 ou +44 20 7946 0958).", Type.Parse(Phone, text).Error);
    }

    [Fact]
    public void Rejects_phone_in_english_when_the_user_reads_english()
    {
        using var _ = Culture.Use("en");
        Assert.StartsWith("Phone number not recognised", Type.Parse(Phone, "123").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_french_numbers_in_national_format_and_foreign_ones_in_international_format()
    {
        Assert.Equal("01 23 45 67 89", Type.Format(Phone, "+33123456789", Culture.Format("fr")));
        Assert.Equal("01 23 45 67 89", Type.Format(Phone, "+33123456789", Culture.Format("en")));
        Assert.Equal("+44 20 7946 0958", Type.Format(Phone, "+442079460958", Culture.Format("fr")));
    }

    [Theory]
    [InlineData("+33123456789")]
    [InlineData("+442079460958")]
    public void Round_trips_through_the_edit_form(string stored) =>
        Assert.Equal(stored, Type.Parse(Phone, Type.FormText(Phone, stored)).Value);

    [Fact]
    public void Writes_e164_in_json_and_reads_a_json_string()
    {
        Assert.Equal("+33123456789", Type.ToJson("+33123456789")!.GetValue<string>());
        Assert.Equal("+33123456789", Type.ParseJson(Phone, Json.Of("\"01 23 45 67 89\"")).Value);
        Assert.Equal("tel", Type.InputType);
    }
}
