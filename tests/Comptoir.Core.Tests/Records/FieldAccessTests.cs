using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Tests.Support;
using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Tests.Records;

public class FieldAccessTests
{
    private static readonly ModuleDefinition Accounts = AccountsModule.Create();
    private static FieldDefinition F(string key) => Accounts.FindField(key)!;

    [Fact]
    public void Writes_and_reads_standard_fields_in_their_columns()
    {
        var account = new Account();
        FieldAccess.Set(account, F("name"), "Boulangerie Dupont");
        FieldAccess.Set(account, F("employees"), 250L);
        FieldAccess.Set(account, F("annualRevenue"), 1_500_000.50m);
        FieldAccess.Set(account, F("parentAccount"), 7L);
        FieldAccess.Set(account, F("doNotEmail"), true);

        Assert.Equal("Boulangerie Dupont", account.Name);
        Assert.Equal(250, account.Employees);
        Assert.Equal(1_500_000.50m, account.AnnualRevenue);
        Assert.Equal(7L, account.ParentAccountId);
        Assert.True(account.DoNotEmail);
        Assert.Equal("Boulangerie Dupont", FieldAccess.Get(account, F("name")));
        Assert.Equal(250L, FieldAccess.Get(account, F("employees")));   // integers are long in the domain
        Assert.Equal(7L, FieldAccess.Get(account, F("parentAccount")));
    }

    [Fact]
    public void Clears_text_columns_to_empty_and_reads_them_back_as_no_value()
    {
        var account = new Account { Phone = "+33123456789", Employees = 3 };
        FieldAccess.Set(account, F("phone"), null);
        FieldAccess.Set(account, F("employees"), null);
        Assert.Equal("", account.Phone);
        Assert.Null(account.Employees);
        Assert.Null(FieldAccess.Get(account, F("phone")));
    }

    [Fact]
    public void Writes_assigned_to_as_a_user_or_a_team_never_both()
    {
        var account = new Account();
        FieldAccess.Set(account, F("assignedTo"), new OwnerRef(OwnerKind.User, 4));
        Assert.Equal((4, (int?)null), (account.AssignedUserId, account.AssignedTeamId));
        FieldAccess.Set(account, F("assignedTo"), new OwnerRef(OwnerKind.Team, 2));
        Assert.Equal(((int?)null, 2), (account.AssignedUserId, account.AssignedTeamId));
        Assert.Equal(new OwnerRef(OwnerKind.Team, 2), FieldAccess.Get(account, F("assignedTo")));
    }

    public static TheoryData<FieldType, object> CustomValues => new()
    {
        { Text, "Fidèle depuis 1998" },
        { TextArea, "Ligne 1\nLigne 2" },
        { Email, "compta@dupont.fr" },
        { Url, "https://www.dupont.fr" },
        { Phone, "+33612345678" },
        { FieldTypeCatalog.Siret, "73282932000074" },
        { Integer, 42L },
        { FieldTypeCatalog.Decimal, 12.5m },
        { Currency, 1234.56m },
        { Checkbox, true },
        { Date, new DateOnly(2026, 12, 31) },
        { Picklist, "gold" },
        { Reference, 7L },
        { Owner, new OwnerRef(OwnerKind.Team, 3) },
    };

    // A custom field is only metadata: no Account property, no code change, its value lives in CustomData.
    [Theory, MemberData(nameof(CustomValues))]
    public void Stores_a_custom_field_of_any_type_in_the_json_document(FieldType type, object value)
    {
        var field = Field.Of("cf_loyalty", type).Picklist(new PicklistValue("gold", new("Or", "Gold"))).References("accounts").Build();
        var account = new Account { Name = "Dupont" };

        FieldAccess.Set(account, field, value);

        Assert.Contains("\"cf_loyalty\"", account.CustomData, StringComparison.Ordinal);
        Assert.Equal(value, FieldAccess.Get(account, field));
        Assert.Equal("Dupont", account.Name);
    }

    [Fact]
    public void Keeps_other_custom_fields_when_one_changes_and_clears_to_no_value()
    {
        var loyalty = Field.Of("cf_loyalty", Text).Build();
        var visits = Field.Of("cf_visits", Integer).Build();
        var account = new Account();
        FieldAccess.Set(account, loyalty, "Or");
        FieldAccess.Set(account, visits, 3L);
        FieldAccess.Set(account, loyalty, null);

        Assert.Null(FieldAccess.Get(account, loyalty));
        Assert.Equal(3L, FieldAccess.Get(account, visits));
    }

    [Fact]
    public void Reads_no_value_for_a_custom_field_never_written() =>
        Assert.Null(FieldAccess.Get(new Account(), Field.Of("cf_new", Text).Build()));
}
