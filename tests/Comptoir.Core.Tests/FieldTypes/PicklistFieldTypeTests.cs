using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.FieldTypes;

public class PicklistFieldTypeTests
{
    private static readonly PicklistFieldType Type = FieldTypeCatalog.Picklist;
    private static readonly FieldDefinition Industry = Field.Of("industry", Type).Label("Secteur", "Industry")
        .Picklist(new("banking", new("Banque", "Banking")), new("food", new("Agroalimentaire", "Food & Beverage")),
                  new("telex", new("Télex", "Telex"), Retired: true))
        .Build();

    [Theory]
    [InlineData("banking")]
    [InlineData("Banque")]
    [InlineData("banque")]
    [InlineData("Banking")]
    public void Stores_the_code_whether_given_the_code_or_a_label(string text) =>
        Assert.Equal("banking", Type.Parse(Industry, text).Value);

    [Fact]
    public void Rejects_value_not_in_the_list_naming_the_field_in_french()
    {
        using var _ = Culture.Use("fr");
        Assert.Equal("Valeur non proposée dans la liste « Secteur ».", Type.Parse(Industry, "astrologie").Error);
    }

    [Fact]
    public void Rejects_value_not_in_the_list_naming_the_field_in_english()
    {
        using var _ = Culture.Use("en");
        Assert.Equal("Value not offered in the \"Industry\" list.", Type.Parse(Industry, "astrology").Error);
    }

    [Fact]
    public void Rejects_a_retired_value_but_still_shows_it_marked_retired()
    {
        Assert.False(Type.Parse(Industry, "telex").IsValid);
        Assert.Equal("Télex (retirée)", Type.Format(Industry, "telex", Culture.Format("fr")));
        Assert.Equal("Telex (retired)", Type.Format(Industry, "telex", Culture.Format("en")));
    }

    [Fact]
    public void Shows_the_label_in_the_reader_language_and_the_code_when_unknown()
    {
        Assert.Equal("Agroalimentaire", Type.Format(Industry, "food", Culture.Format("fr")));
        Assert.Equal("Food & Beverage", Type.Format(Industry, "food", Culture.Format("en")));
        Assert.Equal("gone", Type.Format(Industry, "gone", Culture.Format("fr")));
    }

    [Fact]
    public void Round_trips_the_code_through_the_edit_form_and_json()
    {
        Assert.Equal("food", Type.Parse(Industry, Type.FormText(Industry, "food")).Value);
        Assert.Equal("food", Type.ToJson("food")!.GetValue<string>());
        Assert.Equal("food", Type.ParseJson(Industry, Json.Of("\"Agroalimentaire\"")).Value);
    }

    [Fact]
    public void Accepts_every_account_type_by_its_french_label()
    {
        var accountType = AccountsModule.Create().FindField("accountType")!;
        foreach (var value in AccountPicklists.Types)
            Assert.Equal(value.Code, Type.Parse(accountType, value.Label.Fr).Value);
    }
}
