using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Localization;
using Comptoir.Core.Metadata;
using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.Tests.Metadata;

public sealed class LayoutEditorTests
{
    private static readonly ModuleDefinition Accounts = AccountsModule.Create();

    private static LayoutEditor Editor(LayoutDocument? document = null) =>
        new(Accounts, document ?? new LayoutDocument(), name => name is "accounts" or "products");

    [Theory]
    [InlineData("Code fidélité", "cf_code_fidelite")]
    [InlineData("  Œuvre d'art / N°  ", "cf_oeuvre_d_art_n")]
    [InlineData("<script>alert(1)</script>", "cf_script_alert_1_script")]
    [InlineData("!!!", "cf_champ")]
    public void A_key_is_a_sql_safe_slug_of_the_french_label(string label, string key)
    {
        Assert.Equal(key, CustomFieldKey.NewKey(label, []));
        Assert.True(CustomFieldKey.IsValid(key));
    }

    [Fact]
    public void A_key_already_given_is_never_given_again()
    {
        Assert.Equal("cf_score_3", CustomFieldKey.NewKey("Score", ["cf_score", "cf_score_2"]));
    }

    [Fact]
    public void An_added_field_appears_at_the_end_of_its_block_with_its_settings()
    {
        var editor = Editor();
        var result = editor.AddField(new NewFieldRequest
        {
            Type = "decimal", LabelFr = "Marge", LabelEn = "Margin", Block = "accounting", Mandatory = true, Decimals = 3,
            ListColumn = true, HelpFr = "En points",
        });

        Assert.Equal(LayoutStatus.Done, result.Status);
        var field = editor.Current.FindField("cf_marge")!;
        Assert.Same(FieldTypeCatalog.Decimal, field.Type);
        Assert.True(field.Storage.IsCustom);
        Assert.Equal(3, field.Decimals);
        Assert.Equal("Margin", field.Label.En);
        Assert.Equal("En points", field.HelpText!.Fr);
        Assert.Equal("cf_marge", editor.Current.FieldsOf(editor.Current.Blocks.First(b => b.Key == "accounting")).Last().Key);
        Assert.Equal("cf_marge", editor.Current.ListColumns.Last().Key);
        Assert.Equal("field.added", result.Change!.Action);
    }

    [Fact]
    public void Picklist_values_get_codes_from_their_labels_and_a_default_must_be_one_of_them()
    {
        var editor = Editor();
        var refused = editor.AddField(new NewFieldRequest
        {
            Type = "picklist", LabelFr = "Niveau", Values = [new("Bronze", "Bronze"), new("Or", "Gold")], DefaultValue = "Platine",
        });
        Assert.Equal(LayoutStatus.Invalid, refused.Status);
        Assert.True(refused.Errors.ContainsKey("defaultValue"));
        Assert.Null(editor.Current.FindField("cf_niveau"));

        editor.AddField(new NewFieldRequest { Type = "picklist", LabelFr = "Niveau", Values = [new("Bronze", ""), new("Or", "Gold")], DefaultValue = "Or" });
        var field = editor.Current.FindField("cf_niveau")!;
        Assert.Equal(["bronze", "or"], field.PicklistValues.Select(v => v.Code));
        Assert.Equal("Or", field.DefaultValue);
    }

    [Fact]
    public void Moving_a_field_to_another_block_renumbers_both_blocks()
    {
        var editor = Editor();
        var result = editor.ChangeField("website", new FieldChangeRequest { Block = "description", Position = 0 });

        Assert.Equal(LayoutStatus.Done, result.Status);
        var module = editor.Current;
        Assert.Equal(["website", "description"], module.FieldsOf(module.Blocks.First(b => b.Key == "description")).Select(f => f.Key));
        var details = module.FieldsOf(module.Blocks.First(b => b.Key == "details")).Select(f => f.Position).ToList();
        Assert.Equal(Enumerable.Range(0, details.Count), details);
        Assert.Contains(result.Change!.Details, d => d.Property == "block" && d.Old == "details" && d.New == "description");
    }

    [Fact]
    public void System_fields_cannot_be_made_optional_or_hidden_even_by_a_stored_document()
    {
        var editor = Editor();
        Assert.Equal(LayoutStatus.Invalid, editor.ChangeField("name", new FieldChangeRequest { Mandatory = false }).Status);
        Assert.Equal(LayoutStatus.Invalid, editor.ChangeField("assignedTo", new FieldChangeRequest { Active = false }).Status);

        var tampered = new LayoutDocument { Fields = [new FieldLayout { Key = "name", Mandatory = false, Active = false }] };
        var name = LayoutComposer.Compose(Accounts, tampered).FindField("name")!;
        Assert.True(name.Mandatory);
        Assert.True(name.Active);
    }

    [Fact]
    public void A_deleted_block_s_fields_fall_back_to_the_first_block_rather_than_vanish()
    {
        var document = new LayoutDocument { Fields = [new FieldLayout { Key = "phone", Block = "gone" }] };
        Assert.Equal("details", LayoutComposer.Compose(Accounts, document).FindField("phone")!.Block);
    }

    [Fact]
    public void A_custom_block_is_deleted_only_when_empty_and_standard_blocks_never()
    {
        var editor = Editor();
        var key = editor.AddBlock("Fidélité", "Loyalty", collapsed: false).Key!;
        editor.ChangeField("phone", new FieldChangeRequest { Block = key });

        Assert.Equal(LayoutStatus.Refused, editor.DeleteBlock(key).Status);
        Assert.Equal(LayoutStatus.Refused, editor.DeleteBlock("address").Status);
        editor.ChangeField("phone", new FieldChangeRequest { Block = "details", Position = 2 });
        Assert.Equal(LayoutStatus.Done, editor.DeleteBlock(key).Status);
        Assert.Equal(["details", "address", "accounting", "description"], editor.Current.OrderedBlocks.Select(b => b.Key));
    }

    [Fact]
    public void A_renamed_value_keeps_its_code_and_a_retired_one_is_kept_but_no_longer_offered()
    {
        var editor = Editor();
        editor.ChangeValue("accountType", "customer", new PicklistValueChangeRequest { LabelFr = "Client actif" });
        editor.ChangeValue("accountType", "prospect", new PicklistValueChangeRequest { Retired = true });

        var field = editor.Current.FindField("accountType")!;
        Assert.Equal("Client actif", field.FindPicklistValue("customer")!.Label.Fr);
        Assert.True(field.FindPicklistValue("prospect")!.Retired);
        Assert.False(FieldTypeCatalog.Picklist.Parse(field, "prospect").IsValid);
        Assert.Equal("customer", FieldTypeCatalog.Picklist.Parse(field, "Client actif").Value);
    }

    [Fact]
    public void A_deleted_field_s_key_is_retired()
    {
        var editor = Editor();
        editor.AddField(new NewFieldRequest { Type = "text", LabelFr = "Parrain" });
        Assert.Equal(LayoutStatus.Done, editor.DeleteField("cf_parrain").Status);
        Assert.Equal(LayoutStatus.Refused, editor.DeleteField("phone").Status);

        Assert.Equal("cf_parrain_2", editor.AddField(new NewFieldRequest { Type = "text", LabelFr = "Parrain" }).Key);
    }
}
