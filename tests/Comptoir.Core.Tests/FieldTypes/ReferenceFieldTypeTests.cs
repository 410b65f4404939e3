using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class ReferenceFieldTypeTests
{
    private static readonly ReferenceFieldType Type = FieldTypeCatalog.Reference;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Parent = Field.Of("parentAccount", Type).References("accounts").Build();

    [Fact]
    public void Reads_a_record_id_from_text_or_json()
    {
        Assert.Equal(42L, Type.Parse(Parent, "42").Value);
        Assert.Equal(42L, Type.ParseJson(Parent, Json.Of("42")).Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("4.2")]
    public void Rejects_reference_that_is_not_a_positive_id(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Référence invalide.", Type.Parse(Parent, text).Error);
    }

    [Fact]
    public async Task Rejects_reference_to_a_record_that_does_not_exist_or_is_hidden()
    {
        using var _ = Culture.Use("fr");
        var references = new FakeReferences { Records = { ("accounts", 7) } };
        Assert.True((await Type.CheckAsync(Parent, 7L, references, CancellationToken.None)).IsValid);
        Assert.Equal("L'enregistrement choisi n'existe pas ou ne vous est pas accessible.",
            (await Type.CheckAsync(Parent, 8L, references, CancellationToken.None)).Error);
    }

    [Fact]
    public void Shows_the_referenced_record_name_when_known()
    {
        var names = new FormatContext(System.Globalization.CultureInfo.GetCultureInfo("fr"),
            (module, id) => module == "accounts" && id == 7 ? "Groupe Dupont" : null);
        Assert.Equal("Groupe Dupont", Type.Format(Parent, 7L, names));
        Assert.Equal("#8", Type.Format(Parent, 8L, names));
        Assert.Equal("7", Type.FormText(Parent, 7L));
        Assert.Equal(7L, Type.ToJson(7L)!.GetValue<long>());
    }
}
