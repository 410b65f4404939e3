using System.Text.Json.Nodes;
using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Localization;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Records;

public class RecordValidatorTests
{
    private static readonly ModuleDefinition Accounts = AccountsModule.Create();
    private readonly FakeReferences _references = new() { Records = { ("accounts", 7) } };

    private static RecordInput Form(params (string Key, string? Value)[] values)
    {
        var input = new RecordInput();
        foreach (var (key, value) in values) input.Set(key, value);
        return input;
    }

    private static RecordInput Valid(params (string Key, string? Value)[] more) =>
        Form([("name", "Boulangerie Dupont"), ("assignedTo", "user:1"), .. more]);

    private Task<RecordValidation> ValidateAsync(RecordInput input, bool partial = false, ModuleDefinition? module = null) =>
        RecordValidator.ValidateAsync(module ?? Accounts, input, partial, _references, CancellationToken.None);

    [Fact]
    public async Task Accepts_the_smallest_valid_account()
    {
        var result = await ValidateAsync(Valid());
        Assert.True(result.IsValid);
        Assert.Equal("Boulangerie Dupont", result.Values["name"]);
        Assert.Equal(new OwnerRef(OwnerKind.User, 1), result.Values["assignedTo"]);
    }

    [Fact]
    public async Task Rejects_account_without_name_in_french()
    {
        using var _ = Culture.Use("fr");
        var result = await ValidateAsync(Form(("name", "   "), ("assignedTo", "user:1")));
        Assert.Equal(["« Nom compte » est obligatoire."], result.Errors["name"]);
    }

    [Fact]
    public async Task Rejects_account_without_name_in_english()
    {
        using var _ = Culture.Use("en");
        var result = await ValidateAsync(Form(("assignedTo", "user:1")));
        Assert.Equal(["\"Account name\" is required."], result.Errors["name"]);
    }

    [Fact]
    public async Task Rejects_account_without_assignee()
    {
        using var _ = Culture.Use("fr");
        var result = await ValidateAsync(Form(("name", "Dupont")));
        Assert.Equal(["« Assigné à » est obligatoire."], result.Errors["assignedTo"]);
    }

    [Fact]
    public async Task Rejects_over_long_name_saying_the_limit_and_the_length()
    {
        using var _ = Culture.Use("fr");
        var result = await ValidateAsync(Valid(("name", new string('a', 101))));
        Assert.Equal(["« Nom compte » ne doit pas dépasser 100 caractères (101 saisis)."], result.Errors["name"]);
        Assert.True((await ValidateAsync(Valid(("name", new string('a', 100))))).IsValid);
    }

    [Fact]
    public async Task Reports_every_failing_field_at_once_and_derives_nothing()
    {
        using var _ = Culture.Use("fr");
        var result = await ValidateAsync(Form(
            ("name", ""), ("email", "pas-un-email"), ("website", "ftp://dupont.fr"), ("siret", "73282932000075"),
            ("phone", "123"), ("employees", "-2"), ("accountType", "ami"), ("parentAccount", "8"), ("assignedTo", "user:99")));

        Assert.Equal(
            ["accountType", "assignedTo", "email", "employees", "name", "parentAccount", "phone", "siret", "website"],
            result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.False(result.Values.ContainsKey("siren"));
    }

    [Fact]
    public async Task Rejects_unknown_keys_by_name()
    {
        using var _ = Culture.Use("fr");
        var result = await ValidateAsync(Valid(("cf_inexistant", "x")));
        Assert.Equal(["Champ inconnu : « cf_inexistant »."], result.Errors["cf_inexistant"]);
    }

    [Fact]
    public async Task Ignores_system_and_read_only_keys_a_client_sends_back()
    {
        var result = await ValidateAsync(Valid(("id", "12"), ("number", "CPT-000099"), ("createdAt", "2020-01-01"),
            ("siren", "999999999"), ("vatNumber", "FR00999999999")));

        Assert.True(result.IsValid);
        Assert.False(result.Values.ContainsKey("number"));
        Assert.Null(result.Values["siren"]);       // derived from the (empty) SIRET, not taken from input
        Assert.Null(result.Values["vatNumber"]);
    }

    [Fact]
    public async Task Derives_siren_and_vat_number_from_the_siret()
    {
        var result = await ValidateAsync(Valid(("siret", "732 829 320 00074")));
        Assert.Equal("73282932000074", result.Values["siret"]);
        Assert.Equal("732829320", result.Values["siren"]);
        Assert.Equal("FR44732829320", result.Values["vatNumber"]);
    }

    [Fact]
    public async Task Validates_and_changes_only_the_keys_sent_in_a_partial_update()
    {
        var result = await ValidateAsync(Form(("phone", "01 23 45 67 89")), partial: true);
        Assert.True(result.IsValid);
        Assert.Equal(["phone"], result.Values.Keys);   // no mandatory error, no default, nothing derived
    }

    [Fact]
    public async Task Still_refuses_to_empty_a_mandatory_field_in_a_partial_update()
    {
        using var _ = Culture.Use("fr");
        var result = await ValidateAsync(Form(("name", "")), partial: true);
        Assert.Equal(["« Nom compte » est obligatoire."], result.Errors["name"]);
    }

    [Fact]
    public async Task Clears_optional_fields_sent_empty_and_unticks_missing_checkboxes()
    {
        var result = await ValidateAsync(Valid(("phone", "")));
        Assert.Null(result.Values["phone"]);
        Assert.Equal(false, result.Values["doNotEmail"]);
    }

    [Fact]
    public async Task Applies_defaults_on_create_but_not_on_partial_update()
    {
        var module = Module(Field.Of("kind", FieldTypeCatalog.Picklist).Default("prospect")
            .Picklist(new("prospect", new("Prospect", "Prospect")), new("customer", new("Client", "Customer"))));

        Assert.Equal("prospect", (await ValidateAsync(new RecordInput(), module: module)).Values["kind"]);
        Assert.Equal("customer", (await ValidateAsync(Form(("kind", "Client")), module: module)).Values["kind"]);
        Assert.Empty((await ValidateAsync(new RecordInput(), partial: true, module: module)).Values);
    }

    [Fact]
    public async Task Requires_a_mandatory_checkbox_to_be_ticked()
    {
        using var _ = Culture.Use("fr");
        var module = Module(Field.Of("consent", FieldTypeCatalog.Checkbox).Label("Accord RGPD", "GDPR consent").Mandatory());
        Assert.Equal(["« Accord RGPD » est obligatoire."], (await ValidateAsync(Form(("consent", "false")), module: module)).Errors["consent"]);
        Assert.True((await ValidateAsync(Form(("consent", "on")), module: module)).IsValid);
    }

    [Fact]
    public async Task Ignores_inactive_fields()
    {
        var module = Module(Field.Of("old", FieldTypeCatalog.Integer).Mandatory().Inactive());
        var result = await ValidateAsync(Form(("old", "pas un nombre")), module: module);
        Assert.True(result.IsValid);
        Assert.Empty(result.Values);
    }

    [Fact]
    public async Task Validates_api_json_through_the_same_rules()
    {
        using var _ = Culture.Use("fr");
        var json = JsonNode.Parse("""
            {"name": null, "assignedTo": {"type":"team","id":2}, "employees": 12, "doNotEmail": true,
             "annualRevenue": 1500000.5, "parentAccount": 7, "website": 42}
            """)!.AsObject();
        _references.Owners[new OwnerRef(OwnerKind.Team, 2)] = "Commerciaux";

        var result = await ValidateAsync(RecordInput.FromJson(json));

        Assert.Equal(["name", "website"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(12L, result.Values["employees"]);
        Assert.Equal(true, result.Values["doNotEmail"]);
        Assert.Equal(1500000.5m, result.Values["annualRevenue"]);
        Assert.Equal(7L, result.Values["parentAccount"]);
        Assert.Equal(new OwnerRef(OwnerKind.Team, 2), result.Values["assignedTo"]);
    }

    [Fact]
    public async Task Measures_max_length_on_json_strings_too()
    {
        using var _ = Culture.Use("fr");
        var json = new JsonObject { ["name"] = new string('x', 120), ["assignedTo"] = "user:1" };
        var result = await ValidateAsync(RecordInput.FromJson(json));
        Assert.Equal(["« Nom compte » ne doit pas dépasser 100 caractères (120 saisis)."], result.Errors["name"]);
    }

    private static ModuleDefinition Module(params FieldDefinition[] fields) => new()
    {
        Name = "tests", Label = new LocalizedText("Tests", "Tests"), SingularLabel = new LocalizedText("Test", "Test"),
        RecordType = typeof(Account), NumberPrefix = "TST", TitleField = fields[0].Key,
        Blocks = [new BlockDefinition { Key = "main", Label = new LocalizedText("Principal", "Main") }],
        Fields = fields,
    };
}
