using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;

namespace Comptoir.Core.Tests.Accounts;

public class AccountsModuleTests
{
    private static readonly ModuleDefinition Module = AccountsModule.Create();
    private static readonly string[] Address = ["Street", "PoBox", "PostalCode", "City", "State", "Country"];

    public static TheoryData<string> PublishedKeys => new(
    [
        // DESIGN §3 (ledgerAccount and priceList come with their own issue)
        "name", "number", "phone", "industry", "siret", "website", "email", "accountType", "assignedTo", "parentAccount",
        .. Address.Select(s => "billing" + s), .. Address.Select(s => "shipping" + s), "description",
        // issue #2
        "otherPhone", "otherEmail", "siren", "vatNumber", "employees", "annualRevenue", "apeCode", "doNotEmail",
    ]);

    [Theory, MemberData(nameof(PublishedKeys))]
    public void Has_every_field_the_api_publishes(string key) => Assert.NotNull(Module.FindField(key));

    [Theory]
    [InlineData("id")]
    [InlineData("number")]
    [InlineData("createdAt")]
    [InlineData("updatedAt")]
    public void Treats_record_stamps_as_system_keys(string key) => Assert.True(RecordValidator.IsSystemKey(key));

    [Fact]
    public void Leaves_the_id_out_of_the_form() => Assert.Null(Module.FindField("id"));

    [Fact]
    public void Has_unique_keys_and_unique_french_labels()
    {
        Assert.Equal(Module.Fields.Count, Module.Fields.Select(f => f.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Module.Fields.Count, Module.Fields.Select(f => f.Label.Fr).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Module.Fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Label.En), f.Key + " has no English label"));
    }

    [Theory]
    [InlineData("name", "Nom compte")]
    [InlineData("assignedTo", "Assigné à")]
    public void Makes_name_and_assignee_mandatory_for_good(string key, string label)
    {
        var field = Module.FindField(key)!;
        Assert.Equal(label, field.Label.Fr);
        Assert.True(field.Mandatory);
        Assert.True(field.MandatoryLocked);
    }

    [Fact]
    public void Makes_only_name_and_assignee_mandatory() =>
        Assert.Equal(["name", "assignedTo"], Module.Fields.Where(f => f.Mandatory).Select(f => f.Key));

    [Fact]
    public void Limits_the_name_to_100_characters() => Assert.Equal(100, Module.FindField("name")!.MaxLength);

    [Fact]
    public void Shows_number_siren_and_vat_number_read_only() =>
        Assert.Equal(["number", "siren", "vatNumber"], Module.Fields.Where(f => f.ReadOnly).Select(f => f.Key));

    [Fact]
    public void Lists_name_billing_city_website_phone_and_assignee_by_default() =>
        Assert.Equal(["name", "billingCity", "website", "phone", "assignedTo"], Module.ListColumns.Select(f => f.Key));

    [Fact]
    public void Offers_the_tutorial_account_types_in_order() =>
        Assert.Equal(
            ["Client", "Prospect", "Partenaire", "Revendeur", "Concurrent", "Intégrateur", "Investisseur", "Analyste", "Presse", "Autre"],
            Module.FindField("accountType")!.PicklistValues.Select(v => v.Label.Fr));

    [Theory]
    [InlineData("Agroalimentaire"), InlineData("Banque"), InlineData("BTP"), InlineData("Chimie"), InlineData("Communication")]
    [InlineData("Conseil"), InlineData("Distribution"), InlineData("Éducation"), InlineData("Électronique"), InlineData("Énergie")]
    [InlineData("Environnement"), InlineData("Finance"), InlineData("Hôtellerie"), InlineData("Industrie"), InlineData("Informatique")]
    [InlineData("Ingénierie"), InlineData("Assurance"), InlineData("Loisirs"), InlineData("Médias"), InlineData("Associatif")]
    [InlineData("Secteur public"), InlineData("Santé"), InlineData("Télécommunications"), InlineData("Transport"), InlineData("Autre")]
    public void Offers_the_usual_french_industries(string label) =>
        Assert.Contains(label, Module.FindField("industry")!.PicklistValues.Select(v => v.Label.Fr));

    [Theory]
    [InlineData("accountType")]
    [InlineData("industry")]
    public void Keeps_picklist_codes_unique_and_autre_last(string key)
    {
        var values = Module.FindField(key)!.PicklistValues;
        Assert.Equal(values.Count, values.Select(v => v.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(values.Count, values.Select(v => v.Label.Fr).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("other", values[^1].Code);
        Assert.All(values, v => Assert.False(string.IsNullOrEmpty(v.Label.En)));
    }

    [Fact]
    public void Puts_every_field_in_an_existing_block_and_every_block_has_fields()
    {
        var blocks = Module.Blocks.Select(b => b.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(Module.Fields, f => Assert.Contains(f.Block, blocks));
        Assert.All(Module.Blocks, b => Assert.NotEmpty(Module.FieldsOf(b)));
        Assert.Equal(["Détails du compte", "Détails de l'adresse", "Comptabilité et tarification", "Description"], Module.OrderedBlocks.Select(b => b.Label.Fr));
    }

    [Fact]
    public void Copies_six_address_fields_both_ways()
    {
        Assert.Equal([("billing", "shipping"), ("shipping", "billing")], Module.AddressCopies.Select(c => (c.From, c.To)));
        Assert.Equal(Address, AddressCopy.Suffixes);
        foreach (var copy in Module.AddressCopies)
        foreach (var suffix in AddressCopy.Suffixes)
        {
            Assert.NotNull(Module.FindField(copy.From + suffix));
            Assert.NotNull(Module.FindField(copy.To + suffix));
        }
    }

    [Fact]
    public void Maps_every_standard_field_to_a_real_account_property()
    {
        foreach (var field in Module.Fields.Where(f => !f.Storage.IsCustom))
        {
            if (field.Type is OwnerFieldType)
            {
                Assert.True(typeof(IOwnedRecord).IsAssignableFrom(Module.RecordType), field.Key);
                continue;
            }
            Assert.True(Module.RecordType.GetProperty(field.Storage.Column!) is { CanRead: true, CanWrite: true },
                $"{field.Key} → Account.{field.Storage.Column} does not exist");
        }
    }

    [Fact]
    public void Sorts_only_on_string_columns_that_exist()
    {
        foreach (var field in Module.Fields.Where(f => f.Sortable))
            Assert.True(Module.RecordType.GetProperty(field.OrderColumn!)?.PropertyType == typeof(string),
                $"{field.Key} sorts on {field.OrderColumn}, which is not a string property of Account");
        Assert.Equal("NameKey", Module.FindField("name")!.OrderColumn);
        Assert.Equal("AssigneeName", Module.FindField("assignedTo")!.OrderColumn);
    }

    public static TheoryData<string> AllKeys => new(AccountsModule.Create().Fields.Select(f => f.Key));

    // What the validator hands over must fit the column the registry names.
    [Theory, MemberData(nameof(AllKeys))]
    public void Stores_a_typical_value_of_every_field_on_an_account(string key)
    {
        var field = Module.FindField(key)!;
        var value = SampleValue(field);
        var account = new Account();
        FieldAccess.Set(account, field, value);
        Assert.Equal(value, FieldAccess.Get(account, field));
    }

    private static object SampleValue(FieldDefinition field) => field.Type switch
    {
        OwnerFieldType => new OwnerRef(OwnerKind.Team, 2),
        PicklistFieldType => field.PicklistValues[0].Code,
        CheckboxFieldType => true,
        IntegerFieldType or ReferenceFieldType => 12L,
        DecimalFieldType => 1234.56m,
        _ => "0123456789",
    };

    [Fact]
    public void Describes_the_module_the_tutorial_shows()
    {
        Assert.Equal("accounts", Module.Name);
        Assert.Equal("Comptes clients", Module.Label.Fr);
        Assert.Equal("CPT", Module.NumberPrefix);
        Assert.Equal(typeof(Account), Module.RecordType);
        Assert.NotNull(Module.FindField(Module.TitleField));
        Assert.Equal(AccountsModule.Name, Module.FindField("parentAccount")!.ReferenceModule);
    }

    [Fact]
    public void Folds_the_name_into_its_search_key_before_saving()
    {
        var account = new Account { Name = "Société Générale" };
        Module.BeforeSave!(account);
        Assert.Equal("societe generale", account.NameKey);
    }

    [Fact]
    public void Derives_nothing_when_the_siret_was_not_sent()
    {
        var values = new Dictionary<string, object?> { ["phone"] = "+33123456789" };
        Module.Derive!(values);
        Assert.Equal(["phone"], values.Keys);
    }

    [Fact]
    public void Clears_siren_and_vat_number_when_the_siret_is_cleared()
    {
        var values = new Dictionary<string, object?> { ["siret"] = null };
        Module.Derive!(values);
        Assert.Null(values["siren"]);
        Assert.Null(values["vatNumber"]);
    }

    [Fact]
    public void Finds_modules_by_name_ignoring_case()
    {
        IModuleRegistry registry = new ModuleRegistry([Module]);
        Assert.Same(Module, registry.Find("Accounts"));
        Assert.Null(registry.Find("contacts"));
        Assert.Throws<KeyNotFoundException>(() => registry.Get("contacts"));
    }
}
