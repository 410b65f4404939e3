using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.MassActions;

/// <summary>« Modifier » and « Supprimer » from a list page: the ticked rows or the filter's matches, through forms.</summary>
public sealed class MassPagesTests
{
    private static string Ids(params long[] ids) => string.Join(',', ids);

    private static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_offers_a_box_per_row_and_the_actions_on_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha" }, new { name = "Bravo" });
        var pages = await app.SignedInClientAsync();

        var list = WebUtility.HtmlDecode(await pages.GetStringAsync("/accounts?q=alpha"));

        Assert.Contains($"name=\"ids\" value=\"{ids[0]}\" form=\"mass-actions\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{ids[1]}\" form=\"mass-actions\"", list, StringComparison.Ordinal);
        Assert.Contains("Sélectionner les 1 résultats", list, StringComparison.Ordinal);
        // The form carries the list's search, so that « all the results » are this list's.
        Assert.Contains("name=\"list.q\" value=\"alpha\"", list, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/accounts/mass-update\"", list, StringComparison.Ordinal);
        Assert.Contains("formaction=\"/accounts/mass-delete\"", list, StringComparison.Ordinal);
        // Its own antiforgery token: a browser posts only the form's fields.
        var form = System.Text.RegularExpressions.Regex.Match(list, "<form[^>]*id=\"mass-actions\"[\\s\\S]*?</form>").Value;
        Assert.Contains("__RequestVerificationToken", form, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Modifier_sets_the_chosen_field_on_the_ticked_rows_only_and_reports_the_refused_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha", industry = "food" }, new { name = "Bravo", industry = "food" }, new { name = "Charlie", industry = "food" });
        var pages = await app.SignedInClientAsync();

        var form = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-update", new() { ["ids"] = Ids(ids[0], ids[1], 999_999) }, "/accounts"));
        Assert.Contains("Modifier 3 enregistrements", form, StringComparison.Ordinal);
        Assert.Contains("Changer « Assigné à »", form, StringComparison.Ordinal);
        Assert.Contains("Changer « Secteur »", form, StringComparison.Ordinal);

        var done = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-update", new()
        {
            ["ids"] = Ids(ids[0], ids[1], 999_999), ["apply"] = "1", ["fields"] = "assignedTo", ["assignedTo"] = $"user:{marie}",
            // A value typed in a field left unticked changes nothing.
            ["industry"] = "retail",
        }, "/accounts"));

        Assert.Contains("2 modifiés, 1 refusés", done, StringComparison.Ordinal);
        Assert.Contains("#999999 : Introuvable, ou vous n'y avez pas accès.", done, StringComparison.Ordinal);
        foreach (var id in ids[..2])
        {
            var account = await api.AccountAsync(id);
            Assert.Equal(marie, account["assignedTo"]!["id"]!.GetValue<int>());
            Assert.Equal("food", account["industry"]!.GetValue<string>());
        }
        Assert.NotEqual(marie, (await api.AccountAsync(ids[2]))["assignedTo"]!["id"]!.GetValue<int>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_value_or_no_field_chosen_is_said_on_the_form_and_changes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha", industry = "food" });
        var pages = await app.SignedInClientAsync();

        var none = await pages.PostFormAsync("/accounts/mass-update", new() { ["ids"] = Ids(ids), ["apply"] = "1" }, "/accounts");
        Assert.Contains("Choisissez au moins un champ à modifier.", await HtmlAsync(none), StringComparison.Ordinal);

        var bad = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-update", new()
        {
            ["ids"] = Ids(ids), ["apply"] = "1", ["fields"] = "industry", ["industry"] = "pas-un-secteur",
        }, "/accounts"));
        Assert.Contains("is-invalid", bad, StringComparison.Ordinal);
        Assert.DoesNotContain("modifiés", bad, StringComparison.Ordinal);
        Assert.Equal("food", (await api.AccountAsync(ids[0]))["industry"]!.GetValue<string>());

        var nothing = await pages.PostFormAsync("/accounts/mass-update", new() { ["apply"] = "1" }, "/accounts");
        Assert.Equal("/accounts", nothing.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Cochez au moins une ligne de la liste", await HtmlAsync(nothing), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Supprimer_asks_first_and_deletes_nothing_until_confirmed_then_the_bin_has_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha" }, new { name = "Bravo" }, new { name = "Charlie" });
        var pages = await app.SignedInClientAsync();

        var ask = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-delete", new() { ["ids"] = Ids(ids[0], ids[1]) }, "/accounts"));
        Assert.Contains("Supprimer 2 enregistrements de « Comptes clients » ?", ask, StringComparison.Ordinal);
        Assert.Contains("corbeille", ask, StringComparison.Ordinal);
        Assert.Contains("Placer aussi dans la corbeille leurs « Contacts »", ask, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{ApiHelpers.Accounts}/{ids[0]}")).StatusCode);

        var done = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-delete", new() { ["ids"] = Ids(ids[0], ids[1]), ["confirm"] = "1" }, "/accounts"));

        Assert.Contains("2 supprimés, 0 refusés", done, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ApiHelpers.Accounts}/{ids[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ApiHelpers.Accounts}/{ids[1]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{ApiHelpers.Accounts}/{ids[2]}")).StatusCode);
        var bin = WebUtility.HtmlDecode(await pages.GetStringAsync("/recycle-bin"));
        Assert.Contains("Alpha", bin, StringComparison.Ordinal);
        Assert.Contains("Bravo", bin, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task All_the_results_of_a_search_run_as_a_job_whose_page_shows_its_progress_and_report(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Dupont Alpha" }, new { name = "Dupont Bravo" }, new { name = "Martin" });
        var pages = await app.SignedInClientAsync();

        var ask = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-update", new() { ["all"] = "1", ["list.q"] = "dupont" }, "/accounts"));
        Assert.Contains("Modifier 2 enregistrements", ask, StringComparison.Ordinal);
        Assert.Contains("name=\"list.q\" value=\"dupont\"", ask, StringComparison.Ordinal);

        var started = await pages.PostFormAsync("/accounts/mass-update", new()
        {
            ["all"] = "1", ["list.q"] = "dupont", ["apply"] = "1", ["fields"] = "billingCity", ["billingCity"] = "Lyon",
        }, "/accounts");
        var jobPage = started.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.StartsWith("/jobs/", jobPage, StringComparison.Ordinal);
        Assert.Contains("Modification en masse dans « Comptes clients »", await HtmlAsync(started), StringComparison.Ordinal);

        var until = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = JsonNode.Parse(await pages.GetStringAsync(jobPage + "?handler=status"))!;
            if (status["status"]!.GetValue<string>() == "done") break;
            Assert.True(DateTime.UtcNow < until, status.ToJsonString());
            await Task.Delay(100);
        }
        var report = WebUtility.HtmlDecode(await pages.GetStringAsync(jobPage));
        Assert.Contains("2 modifiés, 0 refusés", report, StringComparison.Ordinal);
        Assert.Contains("Terminée", report, StringComparison.Ordinal);
        Assert.Equal("Lyon", (await api.AccountAsync(ids[0]))["billingCity"]!.GetValue<string>());
        Assert.Equal("Lyon", (await api.AccountAsync(ids[1]))["billingCity"]!.GetValue<string>());
        Assert.Null((await api.AccountAsync(ids[2]))["billingCity"]);

        // Someone else's job is not theirs to see.
        await app.CreateUserAsync("marie", "Marie Curie");
        var marie = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await marie.GetAsync(jobPage)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task In_english_the_mass_pages_speak_english(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha" });
        var pages = await app.SignedInClientAsync();

        var list = WebUtility.HtmlDecode(await pages.GetStringAsync("/accounts?culture=en&ui-culture=en"));
        Assert.Contains("Select the 1 results", list, StringComparison.Ordinal);
        var form = await HtmlAsync(await pages.PostFormAsync("/accounts/mass-update?culture=en&ui-culture=en", new() { ["ids"] = Ids(ids) }, "/accounts?culture=en&ui-culture=en"));
        Assert.Contains("Edit 1 records", form, StringComparison.Ordinal);
        Assert.Contains("Change “Assigned to”", form, StringComparison.Ordinal);
    }
}
