using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class SiretFieldTypeTests
{
    private static readonly SiretFieldType Type = FieldTypeCatalog.Siret;
    private static readonly Comptoir.Core.Metadata.FieldDefinition Siret = Field.Of("siret", Type).Build();

    [Theory]
    [InlineData("73282932000074", "73282932000074")]       // Apple France
    [InlineData("732 829 320 00074", "73282932000074")]
    [InlineData("732\u00a0829\u00a0320\u00a000074", "73282932000074")]
    [InlineData("35600000000048", "35600000000048")]       // La Poste, head office: plain Luhn
    [InlineData("35600000010000", "35600000010000")]       // La Poste establishment: digits sum to a multiple of 5
    public void Accepts_siret_and_stores_it_without_spaces(string text, string stored) =>
        Assert.Equal(stored, Type.Parse(Siret, text).Value);

    [Theory]
    [InlineData("7328293200007")]
    [InlineData("732829320000745")]
    [InlineData("7328293200007A")]
    public void Rejects_siret_when_not_fourteen_digits(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Le SIRET doit compter 14 chiffres.", Type.Parse(Siret, text).Error);
    }

    [Theory]
    [InlineData("73282932000075")]   // last digit off
    [InlineData("73282932001074")]   // NIC digit off
    [InlineData("72382932000074")]   // two SIREN digits swapped
    [InlineData("35600000010001")]   // La Poste establishment whose digits do not sum to a multiple of 5
    public void Rejects_siret_when_checksum_fails(string text)
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Ce SIRET n'est pas valide : sa clé de contrôle ne correspond pas (vérifiez chaque chiffre).",
            Type.Parse(Siret, text).Error);
    }

    [Fact]
    public void Rejects_siret_in_english_when_the_user_reads_english()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("The SIRET must have 14 digits.", Type.Parse(Siret, "123").Error);
        Assert.StartsWith("This SIRET is not valid", Type.Parse(Siret, "73282932000075").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_siret_grouped_and_round_trips_it()
    {
        Assert.Equal("732 829 320 00074", Type.Format(Siret, "73282932000074", Culture.Format("fr")));
        Assert.Equal("73282932000074", Type.Parse(Siret, Type.FormText(Siret, "73282932000074")).Value);
        Assert.Equal("73282932000074", Type.ToJson("73282932000074")!.GetValue<string>());
    }

    [Fact]
    public void Takes_siret_as_a_json_number_too() =>
        Assert.Equal("73282932000074", Type.ParseJson(Siret, Json.Of("73282932000074")).Value);
}
