using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Search;

namespace Comptoir.Core.Tests.Search;

public sealed class SearchWordsTests
{
    [Fact]
    public void Words_are_folded_split_on_punctuation_and_legal_forms_dropped()
    {
        Assert.Equal(["boulangerie", "lefevre", "presqu", "ile", "presqu'ile"], SearchWords.Of("Boulangerie Lefèvre Presqu'île"));
        Assert.Equal(["agence", "pixel", "papier"], SearchWords.Of("Agence Pixel & Papier"));
        Assert.Equal(["boulangerie", "dupont"], SearchWords.Of("Boulangerie Dupont SARL"));
    }

    [Fact]
    public void A_code_is_kept_whole_and_a_number_also_without_its_zeros()
    {
        Assert.Equal(["cpt-000042", "42"], SearchWords.Of("CPT-000042"));
        Assert.Equal(["lot", "000042", "42"], SearchWords.Of("Lot 000042"));
        Assert.Equal(["411dupont"], SearchWords.Of("411DUPONT"));
    }

    [Fact]
    public void Field_types_give_their_own_terms()
    {
        var phone = new FieldDefinition { Key = "phone", Label = new("Téléphone", "Phone"), Type = FieldTypeCatalog.Phone, Block = "b", Storage = FieldStorage.Custom };
        var email = phone with { Key = "email", Type = FieldTypeCatalog.Email };
        var siret = phone with { Key = "siret", Type = FieldTypeCatalog.Siret };
        Assert.Equal(["+33142685300", "0142685300"], FieldTypeCatalog.Phone.SearchTerms(phone, "+33142685300"));
        Assert.Equal(["jean@dupont.fr", "@dupont.fr"], FieldTypeCatalog.Email.SearchTerms(email, "jean@dupont.fr"));
        Assert.Equal(["44312197500017"], FieldTypeCatalog.Siret.SearchTerms(siret, "44312197500017"));
        Assert.Empty(FieldTypeCatalog.Checkbox.SearchTerms(phone, true));
    }
}

public sealed class SearchQueryTests
{
    private static List<List<string>> Readings(string text) => SearchQuery.Parse(text).Readings.Select(r => r.ToList()).ToList();

    [Fact]
    public void Words_in_any_order_without_legal_forms_unless_they_are_all_there_is()
    {
        Assert.Equal([["boulangerie", "dupont"]], Readings("sarl Boulangerie DUPONT"));
        Assert.Equal([["sa"]], Readings("SA"));
        Assert.Equal([["dupont"]], Readings("dup dupont"));
    }

    [Fact]
    public void Numbers_codes_emails_and_phones_are_read_whole()
    {
        Assert.Equal([["443121975"]], Readings("443 121 975"));
        Assert.Equal([["cpt-000042"]], Readings("CPT-000042"));
        Assert.Equal([["@dupont.fr"]], Readings("@dupont.fr"));
        Assert.Equal([["0142685300"], ["+33142685300"]], Readings("01 42 68 53 00"));
        Assert.Equal([["01.42.68.53.00"], ["+33142685300"]], Readings("01.42.68.53.00"));
        Assert.Equal([["presqu", "ile"], ["presqu'ile"]], Readings("Presqu'île"));
    }

    [Fact]
    public void Blank_or_punctuation_only_text_asks_nothing()
    {
        Assert.True(SearchQuery.Parse("  ").IsEmpty);
        Assert.True(SearchQuery.Parse("- ").IsEmpty);
        Assert.True(SearchQuery.Parse("\0").IsEmpty);
    }
}
