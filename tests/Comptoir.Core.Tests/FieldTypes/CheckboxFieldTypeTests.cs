using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class CheckboxFieldTypeTests
{
    private static readonly CheckboxFieldType Type = FieldTypeCatalog.Checkbox;
    private static readonly Comptoir.Core.Metadata.FieldDefinition DoNotEmail = Field.Of("doNotEmail", Type).Build();

    [Theory]
    [InlineData("on", true)]
    [InlineData("true", true)]
    [InlineData("Oui", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("non", false)]
    [InlineData("0", false)]
    public void Reads_what_forms_and_people_send(string text, bool expected) =>
        Assert.Equal(expected, Type.Parse(DoNotEmail, text).Value);

    [Fact]
    public void Rejects_anything_else_with_a_french_message()
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Valeur invalide : oui ou non attendu.", Type.Parse(DoNotEmail, "peut-être").Error);
    }

    [Fact]
    public void Takes_json_booleans_and_refuses_other_numbers()
    {
        Assert.Equal(true, Type.ParseJson(DoNotEmail, Json.Of("true")).Value);
        Assert.Equal(false, Type.ParseJson(DoNotEmail, Json.Of("false")).Value);
        Assert.False(Type.ParseJson(DoNotEmail, Json.Of("2")).IsValid);
    }

    [Fact]
    public void Shows_oui_non_in_french_and_yes_no_in_english()
    {
        using (Culture.Use("fr"))
        {
            Assert.Equal("Oui", Type.Format(DoNotEmail, true, Culture.Format("fr")));
            Assert.Equal("Non", Type.Format(DoNotEmail, false, Culture.Format("fr")));
        }
        using (Culture.Use("en"))
        {
            Assert.Equal("Yes", Type.Format(DoNotEmail, true, Culture.Format("en")));
            Assert.Equal("No", Type.Format(DoNotEmail, false, Culture.Format("en")));
        }
    }

    [Fact]
    public void Unchecked_is_false_not_empty_and_round_trips()
    {
        Assert.Equal(false, Type.EmptyValue);
        Assert.Equal(true, Type.Parse(DoNotEmail, Type.FormText(DoNotEmail, true)).Value);
        Assert.Equal(false, Type.Parse(DoNotEmail, Type.FormText(DoNotEmail, false)).Value);
        Assert.True(Type.ToJson(true)!.GetValue<bool>());
        Assert.Equal(("boolean", null), Type.JsonSchema);
    }
}
