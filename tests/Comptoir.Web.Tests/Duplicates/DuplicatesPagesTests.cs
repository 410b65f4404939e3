using System.Net;
using Comptoir.Core.Duplicates;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;

namespace Comptoir.Web.Tests.Duplicates;

/// <summary>The form's held save, its « Enregistrer quand même », the panel's answer, and « Paramètres › Doublons ».</summary>
public sealed class DuplicatesPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_warning_rule_holds_the_form_with_the_matches_until_the_user_saves_anyway(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var dupont = await api.CreateAccountAsync(new { name = "Boulangerie Dupont" });
        await app.SetRuleAsync("accounts", DuplicateAction.Warn, ["name"]);

        var held = await client.CreateAsync(new() { ["name"] = "Boulangerie Dupont SAS", ["billingCity"] = "Lyon" });
        Assert.Equal("/accounts/new", held.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await held.TextAsync();
        Assert.Contains("Doublon possible : rien n'a encore été enregistré.", page, StringComparison.Ordinal);
        Assert.Equal($"/accounts/{dupont["id"]}", AccountPageHelpers.LinkHref(page, $"{dupont["number"]} Boulangerie Dupont"));
        Assert.Contains("Enregistrer quand même", page, StringComparison.Ordinal);
        Assert.Equal("Lyon", AccountPageHelpers.InputValue(page, "billingCity"));
        Assert.Single((await api.GetJsonAsync(ApiHelpers.Accounts))["items"]!.AsArray());

        var fields = AccountPageHelpers.FormFields(page);
        fields["_confirmDuplicate"] = "true";
        var saved = await client.PostFormAsync("/accounts/new", fields);
        Assert.Matches(@"^/accounts/\d+$", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(2, (await api.GetJsonAsync(ApiHelpers.Accounts))["items"]!.AsArray().Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_blocking_rule_refuses_the_form_and_offers_no_way_around(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        await api.CreateAccountAsync(new { name = "Boulangerie Dupont" });
        await app.SetRuleAsync("accounts", DuplicateAction.Block, ["name"]);

        var refused = await client.CreateAsync(new() { ["name"] = "boulangerie dupont", ["_confirmDuplicate"] = "true" });
        var page = await refused.TextAsync();
        Assert.Contains("Enregistrement refusé : doublon.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enregistrer quand même", page, StringComparison.Ordinal);
        Assert.Single((await api.GetJsonAsync(ApiHelpers.Accounts))["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_panel_links_the_matches_and_counts_the_others(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var dupont = await api.CreateAccountAsync(new { name = "Boulangerie Dupont", siret = "44312197500017" });

        var panel = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts/duplicates/check?name=BOULANGERIE+DUPONT"));
        Assert.Contains("Doublons possibles", panel, StringComparison.Ordinal);
        Assert.Equal($"/accounts/{dupont["id"]}", AccountPageHelpers.LinkHref(panel, $"{dupont["number"]} Boulangerie Dupont"));
        Assert.Contains("Même entreprise, autre établissement", WebUtility.HtmlDecode(await client.GetStringAsync("/accounts/duplicates/check?siret=44312197500025")), StringComparison.Ordinal);
        Assert.Equal("", (await client.GetStringAsync("/accounts/duplicates/check?name=Autre+chose")).Trim());
        // The form carries the panel and its script, for every module that compares its records.
        var form = await client.GetStringAsync("/accounts/new");
        Assert.Contains("data-duplicates-panel", form, StringComparison.Ordinal);
        Assert.Matches(@"<script src=""/js/duplicates[^""]*\.js", form);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_settings_page_proposes_the_rule_off_then_saves_it_and_refuses_a_field_that_does_not_compare(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var page = Html.Parse(await client.GetStringAsync("/settings/duplicates"));
        Assert.False(page.IsChecked("#f-accounts-enabled"));
        Assert.Equal("name", page.ValueOf("#f-accounts-c1-0"));
        Assert.Equal("siret", page.ValueOf("#f-accounts-c2-0"));
        Assert.Equal("email", page.ValueOf("#f-contacts-c1-0"));
        Assert.Equal("account", page.ValueOf("#f-contacts-c2-2"));

        var saved = await client.PostFormAsync("/settings/duplicates", new()
        {
            ["module"] = "accounts", ["enabled"] = "true", ["action"] = "block", ["c1"] = "name",
        });
        Assert.Equal("/settings/duplicates", saved.RequestMessage!.RequestUri!.AbsolutePath);
        page = Html.Parse(await client.GetStringAsync("/settings/duplicates"));
        Assert.True(page.IsChecked("#f-accounts-enabled"));
        Assert.True(page.IsChecked("#f-accounts-action-block"));
        Assert.Equal("", page.ValueOf("#f-accounts-c2-0"));
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Boulangerie Dupont" });
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Boulangerie Dupont" })).StatusCode);

        var refused = await client.PostFormAsync("/settings/duplicates", new()
        {
            ["module"] = "accounts", ["enabled"] = "true", ["action"] = "warn", ["c1"] = "description",
        });
        var text = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Ce champ ne peut pas servir à comparer : « description ».", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Boulangerie Dupont" })).StatusCode);
    }
}
