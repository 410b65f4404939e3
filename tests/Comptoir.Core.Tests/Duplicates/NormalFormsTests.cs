using Comptoir.Core.Duplicates;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Duplicates;

public class NormalFormsTests
{
    [Theory]
    [InlineData("Boulangerie Dupont", "boulangerie dupont")]
    [InlineData("Boulangerie Dupont", "BOULANGERIE  DUPONT")]
    [InlineData("Boulangerie Lefèvre", "boulangerie lefevre")]
    [InlineData("Boulangerie Dupont SARL", "boulangerie dupont")]
    [InlineData("SAS Boulangerie Dupont", "Boulangerie-Dupont")]
    [InlineData("Boulangerie Dupont S.A.R.L.", "Boulangerie Dupont")]
    [InlineData("Boulangerie Dupont (SASU)", "Boulangerie Dupont")]
    [InlineData("Société Générale", "Generale SA")]
    [InlineData("Ets Martin", "Établissements Martin")]
    [InlineData("EURL Martin", "Martin SCI")]
    [InlineData("Martin SNC", "Martin EI")]
    [InlineData("L'Atelier du Presqu'île", "latelier du presquile")]
    public void Names_that_differ_only_by_case_accents_spaces_punctuation_or_legal_form_are_the_same(string a, string b) =>
        Assert.Equal(NormalForms.Name(a), NormalForms.Name(b));

    [Theory]
    [InlineData("Boulangerie Dupont", "Boulangerie Durand")]
    [InlineData("Dupont", "Dupont Frères")]
    public void Different_names_stay_different(string a, string b) =>
        Assert.NotEqual(NormalForms.Name(a), NormalForms.Name(b));

    [Fact]
    public void A_name_made_only_of_legal_forms_keeps_them_and_an_empty_name_has_no_form()
    {
        Assert.Equal("sas", NormalForms.Name("S.A.S."));
        Assert.Null(NormalForms.Name("  "));
        Assert.Null(NormalForms.Name(null));
    }

    [Theory]
    [InlineData("https://www.dupont.fr", "dupont.fr")]
    [InlineData("http://Dupont.fr/", "www.dupont.fr")]
    [InlineData("https://dupont.fr/contact", "dupont.fr/contact")]
    public void Websites_are_compared_without_scheme_www_or_trailing_slash(string a, string b) =>
        Assert.Equal(NormalForms.Website(a), NormalForms.Website(b));

    [Theory]
    [InlineData("01 42 68 53 00", "+33142685300")]
    [InlineData("01.42.68.53.00", "+33142685300")]
    [InlineData("+33 1 42 68 53 00", "+33142685300")]
    [InlineData("0033142685300", "+33142685300")]
    public void Phones_are_compared_in_E164_with_region_FR(string typed, string e164) =>
        Assert.Equal(e164, NormalForms.Phone(typed));

    [Fact]
    public void Emails_ignore_case_and_surrounding_spaces() =>
        Assert.Equal(NormalForms.Email("jean.dupont@dupont.fr"), NormalForms.Email(" Jean.Dupont@Dupont.FR "));

    [Theory]
    [InlineData("44312197500017", "443 121 975 00017", SiretRelation.SameEstablishment)]
    [InlineData("44312197500017", "44312197500025", SiretRelation.SameCompany)]
    [InlineData("44312197500017", "73282932000074", SiretRelation.Unrelated)]
    [InlineData("44312197500017", "", SiretRelation.Unrelated)]
    public void A_different_siret_with_the_same_siren_is_the_same_company_another_establishment(string a, string b, SiretRelation relation) =>
        Assert.Equal(relation, NormalForms.Compare(a, b));

    [Fact]
    public void Field_types_give_their_normal_form_and_long_texts_compare_nothing()
    {
        var name = Field.Of("name", FieldTypeCatalog.Text).Build();
        var siret = Field.Of("siret", FieldTypeCatalog.Siret).Build();
        var description = Field.Of("description", FieldTypeCatalog.TextArea).Build();
        Assert.Equal("boulangeriedupont", FieldTypeCatalog.Text.DuplicateKey(name, "Boulangerie Dupont SARL"));
        Assert.Equal("44312197500017", FieldTypeCatalog.Siret.DuplicateKey(siret, "44312197500017"));
        Assert.Equal("443121975", FieldTypeCatalog.Siret.RelatedKey(siret, "44312197500017"));
        Assert.Null(FieldTypeCatalog.TextArea.DuplicateKey(description, "Boulangerie Dupont"));
        Assert.False(FieldTypeCatalog.TextArea.ComparesDuplicates);
    }
}
