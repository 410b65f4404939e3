using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Comptoir.Web.Tests.Accounting;

public sealed class AccountingSettingsPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_admin_sees_the_rule_with_a_live_example_and_changes_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var page = await admin.GetStringAsync("/settings/accounting");
        Assert.Contains("Préfixe", page, StringComparison.Ordinal);
        Assert.Contains("name=\"prefix\" value=\"411\"", page, StringComparison.Ordinal);
        Assert.Contains("<code class=\"fs-6\">411SOCIETEG</code>", page, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/settings/accounting", new() { ["prefix"] = "c", ["source"] = "name", ["length"] = "6" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("/settings/accounting", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await saved.Content.ReadAsStringAsync();
        Assert.Contains("<code class=\"fs-6\">CSOCIET</code>", after, StringComparison.Ordinal);
        Assert.Contains("La règle des codes comptables est enregistrée.", after, StringComparison.Ordinal);

        var api = await app.ApiClientAsync();
        Assert.Equal("CDURAND", await api.CodeOfNewAccountAsync("Durand"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_rule_is_shown_again_with_french_errors_and_nothing_is_saved(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var refused = await admin.PostFormAsync("/settings/accounting", new() { ["prefix"] = "4 1", ["source"] = "name", ["length"] = "25" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Le préfixe ne peut contenir que des lettres sans accent et des chiffres.", page, StringComparison.Ordinal);
        Assert.Contains("La longueur doit être comprise entre 3 et 20.", page, StringComparison.Ordinal);
        Assert.Contains("name=\"prefix\" value=\"4 1\"", page, StringComparison.Ordinal);
        var api = await app.ApiClientAsync();
        Assert.Equal("411", (await (await api.GetAsync(LedgerHelpers.Rule)).JsonAsync())["prefix"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_normal_user_is_refused_the_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("cmartin", "Claire Martin");
        var claire = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await claire.PostFormAsync("/login", new() { ["username"] = "cmartin", ["password"] = ApiHelpers.UserPassword });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var response = await claire.GetAsync("/settings/accounting");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal)),
            $"answered {response.StatusCode}");
    }
}
