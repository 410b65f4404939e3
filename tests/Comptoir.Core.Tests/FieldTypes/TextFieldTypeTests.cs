using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class TextFieldTypeTests
{
    private static readonly TextFieldType Type = FieldTypeCatalog.Text;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Name = Field.Of("name", Type).MaxLength(100).Build();

    [Fact]
    public void Keeps_text_as_typed() =>
        Assert.Equal("Boulangerie Dupont & Fils", Type.Parse(Name, "Boulangerie Dupont & Fils").Value);

    [Fact]
    public void Takes_a_json_string_trimmed_and_a_json_number_as_its_text()
    {
        Assert.Equal("Dupont", Type.ParseJson(Name, Json.Of("\"  Dupont  \"")).Value);
        Assert.Equal("42", Type.ParseJson(Name, Json.Of("42")).Value);
    }

    [Fact]
    public void Rejects_json_object_with_a_french_message()
    {
        using var _ = Culture.Use("fr");
        var result = Type.ParseJson(Name, Json.Of("{\"a\":1}"));
        Assert.False(result.IsValid);
        Assert.Equal("Valeur invalide.", result.Error);
    }

    [Fact]
    public void Rejects_json_array_with_an_english_message_in_english()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("Invalid value.", Type.ParseJson(Name, Json.Of("[1]")).Error);
    }

    [Fact]
    public void Formats_round_trips_and_writes_json_as_the_same_string()
    {
        Assert.Equal("Café du Port", Type.Format(Name, "Café du Port", Culture.Format("en")));
        Assert.Equal("Café du Port", Type.Parse(Name, Type.FormText(Name, "Café du Port")).Value);
        Assert.Equal("Café du Port", Type.ToJson("Café du Port")!.GetValue<string>());
        Assert.Equal("", Type.Format(Name, null, Culture.Format("fr")));
        Assert.Null(Type.ToJson(null));
    }

    [Fact]
    public void Text_is_sortable_and_length_limited_but_textarea_is_not_sortable()
    {
        Assert.True(Type.HasLength);
        Assert.True(Type.Sortable);
        Assert.False(FieldTypeCatalog.TextArea.Sortable);
        Assert.Equal("Rue de la Paix\n75002", FieldTypeCatalog.TextArea.Parse(Name, "Rue de la Paix\n75002").Value);
    }
}
