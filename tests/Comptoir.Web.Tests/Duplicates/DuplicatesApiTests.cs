using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Core.Duplicates;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;
using static Comptoir.Web.Tests.Duplicates.DuplicatesHelpers;

namespace Comptoir.Web.Tests.Duplicates;

/// <summary>POST /api/v1/{module}/duplicates/check and the rule on save (issue 16, « Doublons »), on both databases.</summary>
public sealed class DuplicatesApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Check_finds_a_name_that_differs_by_case_accents_punctuation_and_legal_form_even_with_no_rule(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL", phone = "01 42 68 53 00" });
        await api.CreateAccountAsync(new { name = "Boulangerie Durand" });

        var found = await api.CheckAsync("accounts", new { name = "SAS boulangerie-DUPONT" });
        var match = Assert.Single(found["matches"]!.AsArray())!;
        Assert.Equal(dupont.Id(), match["id"]!.GetValue<long>());
        Assert.Equal(dupont["number"]!.GetValue<string>(), match["number"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupont SARL", match["name"]!.GetValue<string>());
        Assert.Equal(["name"], match["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(0, found["hidden"]!.GetValue<int>());
        Assert.False(found["rule"]!["enabled"]!.GetValue<bool>());

        // The phone typed another way is the same E.164 number; the record itself (id) is not its own duplicate.
        Assert.Equal(["phone"], (await api.CheckAsync("accounts", new { phone = "+33 1 42 68 53 00" }))["matches"]![0]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Empty((await api.CheckAsync("accounts", new { id = dupont.Id(), name = "Boulangerie Dupont" }))["matches"]!.AsArray());
        Assert.Empty((await api.CheckAsync("accounts", new { name = "Boulangerie Dupond" }))["matches"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Another_siret_of_the_same_siren_is_a_warning_never_a_block(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Transports Marceau", siret = "443 121 975 00017" });
        await app.SetRuleAsync("accounts", DuplicateAction.Block, ["siret"]);

        var found = await api.CheckAsync("accounts", new { name = "Transports Marceau Sud", siret = "44312197500025" });
        Assert.Empty(found["matches"]!.AsArray());
        var warning = Assert.Single(found["sirenWarnings"]!.AsArray())!;
        Assert.Equal("Transports Marceau", warning["name"]!.GetValue<string>());
        Assert.Equal("Même entreprise, autre établissement (même SIREN).", warning["message"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Transports Marceau Sud", siret = "44312197500025" })).StatusCode);
        // The same SIRET is the same establishment: blocked.
        var refused = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Marceau Nord", siret = "44312197500017" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task With_the_rule_off_the_same_name_saves_twice_as_before(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Boulangerie Dupont" });
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Boulangerie Dupont" })).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_warning_rule_answers_409_with_the_matches_until_allowDuplicate_confirms(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL" });
        var other = await api.CreateAccountAsync(new { name = "Pâtisserie Martin" });
        await app.SetRuleAsync("accounts", DuplicateAction.Warn, ["name"], ["siret"]);

        var held = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "boulangerie dupont" });
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        var problem = await held.ProblemAsync();
        Assert.Equal("Doublon possible", problem["title"]!.GetValue<string>());
        Assert.Equal("warn", problem["action"]!.GetValue<string>());
        var duplicate = Assert.Single(problem["duplicates"]!.AsArray())!;
        Assert.Equal(dupont.Id(), duplicate["id"]!.GetValue<long>());
        Assert.Equal(dupont["number"]!.GetValue<string>(), duplicate["number"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupont SARL", duplicate["name"]!.GetValue<string>());
        Assert.Equal(2, await CountAsync(api));

        Assert.True((await api.CheckAsync("accounts", new { name = "Boulangerie Dupont" }))["ruleMatched"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync(ApiHelpers.Accounts + "?allowDuplicate=true", new { name = "boulangerie dupont" })).StatusCode);
        Assert.Equal(3, await CountAsync(api));

        // An edit into a duplicate is held the same way; one that leaves the rule's fields alone is not.
        Assert.Equal(HttpStatusCode.Conflict, (await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{other.Id()}", new { name = "Boulangerie Dupont" })).StatusCode);
        Assert.Equal("Pâtisserie Martin", (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{other.Id()}"))["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{dupont.Id()}", new { billingCity = "Lyon" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{other.Id()}?allowDuplicate=true", new { name = "Boulangerie Dupont" })).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_blocking_rule_refuses_even_with_allowDuplicate(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync("admin", TestApp.AdminPassword, "en");
        await api.CreateAccountAsync(new { name = "Boulangerie Dupont" });
        await app.SetRuleAsync("accounts", DuplicateAction.Block, ["name"]);

        var refused = await api.PostJsonAsync(ApiHelpers.Accounts + "?allowDuplicate=true", new { name = "Boulangerie  Dupont" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Equal("Duplicate refused", problem["title"]!.GetValue<string>());
        Assert.Equal("block", problem["action"]!.GetValue<string>());
        Assert.Single(problem["duplicates"]!.AsArray());
        Assert.Equal(1, await CountAsync(api));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Matches_the_user_may_not_see_are_counted_not_shown(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        await api.CreateAccountAsync(new { name = "Secret Industries", email = "contact@secret.fr" });
        await app.MakeAccountsPrivateAsync();
        await app.SetRuleAsync("accounts", DuplicateAction.Warn, ["name"]);

        var found = await hers.CheckAsync("accounts", new { name = "Secret Industries" });
        Assert.Empty(found["matches"]!.AsArray());
        Assert.Equal(1, found["hidden"]!.GetValue<int>());

        var held = await hers.PostJsonAsync(ApiHelpers.Accounts, new { name = "SECRET industries" });
        Assert.Equal(HttpStatusCode.Conflict, held.StatusCode);
        var problem = await held.ProblemAsync();
        Assert.Empty(problem["duplicates"]!.AsArray());
        Assert.Equal(1, problem["hidden"]!.GetValue<int>());
        Assert.DoesNotContain("contact@secret.fr", problem.ToJsonString(), StringComparison.Ordinal);
        // The administrator sees the record itself.
        Assert.Single((await api.CheckAsync("accounts", new { name = "Secret Industries" }))["matches"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Contacts_match_by_email_or_by_first_and_last_name_in_the_same_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountAsync(new { name = "Boulangerie Dupont" })).Id();
        var martin = (await api.CreateAccountAsync(new { name = "Pâtisserie Martin" })).Id();
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/contacts", new { firstName = "Jean", lastName = "Dupont", email = "jean@dupont.fr", account = dupont })).StatusCode);
        await app.SetRuleAsync("contacts", DuplicateAction.Block, ["email"], ["firstName", "lastName", "account"]);

        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/contacts", new { firstName = "Jean", lastName = "Dupont", account = martin })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostJsonAsync("/api/v1/contacts", new { firstName = "jean", lastName = "DUPONT", account = dupont })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostJsonAsync("/api/v1/contacts", new { firstName = "Marie", lastName = "Curie", email = "Jean@Dupont.fr" })).StatusCode);
        var found = await api.CheckAsync("contacts", new { firstName = "Jean", lastName = "Dupont", account = dupont });
        Assert.Equal(["account", "firstName", "lastName"], found["matches"]![0]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_check_with_a_bad_id_is_refused_field_by_field(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var refused = await api.PostJsonAsync("/api/v1/accounts/duplicates/check", new { id = "abc", name = "Dupont" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("id", (await refused.ProblemErrorsAsync()).Keys);
    }

    private static async Task<int> CountAsync(HttpClient api) =>
        (await api.GetJsonAsync(ApiHelpers.Accounts + "?limit=100"))["items"]!.AsArray().Count;
}
