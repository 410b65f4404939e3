using Comptoir.Core.Records;

namespace Comptoir.Core.Tests.Records;

public class SearchKeyTests
{
    [Theory]
    [InlineData("Société Générale", "societe generale")]
    [InlineData("  ÉLODIE  ", "elodie")]
    [InlineData("Ça va", "ca va")]
    [InlineData("Cœur de Lion", "coeur de lion")]
    [InlineData("ŒUVRE", "oeuvre")]
    [InlineData("Lætitia", "laetitia")]
    [InlineData("Straße", "strasse")]
    [InlineData("Hôtel-Dieu", "hotel-dieu")]
    [InlineData("l'Été", "l'ete")]
    public void Folds_case_and_accents_so_searches_ignore_them(string text, string folded) =>
        Assert.Equal(folded, SearchKey.Fold(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Folds_nothing_to_empty(string? text) => Assert.Equal("", SearchKey.Fold(text));

    private static readonly string[] Names = ["Étoile", "École", "élan"];

    [Fact]
    public void Sorts_accented_names_among_plain_ones() =>
        Assert.Equal(["ecole", "elan", "etoile"], Names.Select(SearchKey.Fold).Order(StringComparer.Ordinal));
}
