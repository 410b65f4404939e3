using System.Text.Json;
using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.Tests.Metadata;

/// <summary>A layout document as databases hold it since the layout manager exists: it must keep loading as is.</summary>
public sealed class StoredLayoutTests
{
    // Written by the layout manager before each type had a settings record: flat maxLength, decimals, values, referenceModule.
    private const string StoredDocument = """
        {"blocks":[],"retiredKeys":[],"fields":[
          {"key":"name","maxLength":120},
          {"key":"accountType","values":[{"code":"customer","labelFr":"Client","labelEn":"Customer","retired":false},
                                         {"code":"vip","labelFr":"Grand compte","labelEn":null,"retired":true}]},
          {"key":"cf_code","custom":true,"type":"text","labelFr":"Code","labelEn":"Code","maxLength":30},
          {"key":"cf_marge","custom":true,"type":"decimal","labelFr":"Marge","labelEn":"","decimals":4},
          {"key":"cf_niveau","custom":true,"type":"picklist","labelFr":"Niveau","values":[{"code":"or","labelFr":"Or","labelEn":"Gold"}]},
          {"key":"cf_parrain","custom":true,"type":"reference","labelFr":"Parrain","referenceModule":"accounts"}
        ]}
        """;

    // As Data/Layout/LayoutRegistry reads it.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Core.Metadata.ModuleDefinition Module =
        LayoutComposer.Compose(AccountsModule.Create(), JsonSerializer.Deserialize<LayoutDocument>(StoredDocument, Json));

    [Fact]
    public void A_stored_document_gives_each_field_the_settings_it_holds()
    {
        Assert.Equal(new TextSettings(120), Module.FindField("name")!.Settings);
        Assert.Equal(new TextSettings(30), Module.FindField("cf_code")!.Settings);
        Assert.Equal(new DecimalSettings(4), Module.FindField("cf_marge")!.Settings);
        Assert.Equal(new ReferenceSettings("accounts"), Module.FindField("cf_parrain")!.Settings);
        Assert.Equal(["or"], Module.FindField("cf_niveau")!.PicklistValues.Select(v => v.Code));
    }

    [Fact]
    public void A_stored_list_replaces_the_built_in_values_retired_ones_included()
    {
        var values = Module.FindField("accountType")!.PicklistValues;
        Assert.Equal(["customer", "vip"], values.Select(v => v.Code));
        Assert.True(values[1].Retired);
        Assert.Equal("Grand compte", values[1].Label.Fr);
    }

    [Fact]
    public void The_stored_settings_govern_what_a_field_accepts_and_shows()
    {
        var marge = Module.FindField("cf_marge")!;
        Assert.Equal(1.2346m, marge.Type.Parse(marge, "1,23456").Value);
        var type = Module.FindField("accountType")!;
        Assert.Equal("Grand compte (retirée)", type.Type.Format(type, "vip", new FormatContext(new("fr-FR"))));
        Assert.Equal(120, Module.FindField("name")!.MaxLength);
    }
}
