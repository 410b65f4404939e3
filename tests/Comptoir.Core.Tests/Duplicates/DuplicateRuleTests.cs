using Comptoir.Core.Duplicates;
using Comptoir.Core.Tests.Support;

namespace Comptoir.Core.Tests.Duplicates;

public class DuplicateRuleTests
{
    private static readonly string[] Comparable = ["email", "firstName", "lastName", "account"];

    [Fact]
    public void A_rule_round_trips_through_its_stored_json()
    {
        var rule = new DuplicateRule(true, DuplicateAction.Block, [["email"], ["firstName", "lastName", "account"]]);
        var back = DuplicateRule.FromJson(rule.ToJson())!;
        Assert.True(back.Enabled);
        Assert.Equal(DuplicateAction.Block, back.Action);
        Assert.Equal(["email", "firstName", "lastName", "account"], back.Fields);
        Assert.Null(DuplicateRule.FromJson("not json"));
    }

    [Fact]
    public void Refuses_a_field_that_cannot_be_compared_and_an_enabled_rule_without_fields()
    {
        using var _ = Culture.Use("fr");
        var (rule, errors) = DuplicateRule.Create(true, "warn", [["birthday"]], Comparable);
        Assert.Null(rule);
        Assert.Equal("Ce champ ne peut pas servir à comparer : « birthday ».", errors["c1"]);
        (rule, errors) = DuplicateRule.Create(true, "warn", [[null, ""]], Comparable);
        Assert.Null(rule);
        Assert.Contains("criteria", errors.Keys);
        (rule, errors) = DuplicateRule.Create(false, "maybe", [["email"]], Comparable);
        Assert.Contains("action", errors.Keys);
    }

    [Fact]
    public void Keeps_the_criteria_that_name_fields()
    {
        var (rule, errors) = DuplicateRule.Create(true, "block", [["email"], [], ["firstName", "lastName", "firstName"]], Comparable);
        Assert.Empty(errors);
        Assert.Equal(2, rule!.Criteria.Count);
        Assert.Equal(["firstName", "lastName"], rule.Criteria[1]);
    }
}
