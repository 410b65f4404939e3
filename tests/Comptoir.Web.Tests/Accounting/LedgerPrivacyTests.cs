using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;

namespace Comptoir.Web.Tests.Accounting;

/// <summary>
/// « Comptes clients : privés »: a ledger account linked to customers follows them, so a user never
/// learns of another user's client through Comptabilité (list, pages, lookup, export, API, picking).
/// </summary>
public sealed class LedgerPrivacyTests
{
    /// <summary>Ledger accounts as Marie, a non-administrator, may or may not see them.</summary>
    private sealed record World(HttpClient Admin, HttpClient Marie, HttpClient MariePages, long MarieAccount,
        long Hidden, long HiddenOfBinned, long Hers, long Unlinked);

    private static async Task<World> SetUpAsync(TestApp app, bool makePrivate = true)
    {
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        if (makePrivate) await app.MakeAccountsPrivateAsync();
        var admin = await app.ApiClientAsync();
        var hidden = await admin.CreateAccountAsync(new { name = "Agence Pixel & Papier" });
        var binned = await admin.CreateAccountAsync(new { name = "Cabinet Secret" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{ApiHelpers.Accounts}/{binned.Id()}")).StatusCode);
        var hers = await admin.CreateAccountAsync(new { name = "Boulangerie Marie", assignedTo = new { type = "user", id = marie } });
        var unlinked = await admin.PostJsonAsync(LedgerHelpers.LedgerAccounts,
            new { code = "401ACME", label = "Fournisseur Acme", collectiveAccount = "401000", kind = "supplier" });
        Assert.Equal(HttpStatusCode.Created, unlinked.StatusCode);
        return new World(admin, await app.ApiClientAsync("marie", ApiHelpers.UserPassword),
            await app.SignedInClientAsync("marie", ApiHelpers.UserPassword), hers.Id(),
            hidden["ledgerAccount"]!.GetValue<long>(), binned["ledgerAccount"]!.GetValue<long>(),
            hers["ledgerAccount"]!.GetValue<long>(), (await unlinked.JsonAsync()).Id());
    }

    private static async Task<List<string>> CodesAsync(HttpClient client, string query = "") =>
        (await client.GetJsonAsync(LedgerHelpers.LedgerAccounts + query))["items"]!.AsArray()
            .Select(l => l!["code"]!.GetValue<string>()).ToList();

    [Theory, ClassData(typeof(Databases))]
    public async Task Through_the_api_a_user_sees_only_the_ledger_accounts_of_their_clients_and_unlinked_ones(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SetUpAsync(app);

        Assert.Equal(["401ACME", "411BOULANGE"], await CodesAsync(w.Marie));
        Assert.Equal(["411BOULANGE"], await CodesAsync(w.Marie, "?q=411"));
        Assert.Empty(await CodesAsync(w.Marie, "?q=agence"));
        Assert.Empty(await CodesAsync(w.Marie, "?q=cabinet"));
        foreach (var id in new[] { w.Hidden, w.HiddenOfBinned })
        {
            var url = $"{LedgerHelpers.LedgerAccounts}/{id}";
            Assert.Equal(HttpStatusCode.NotFound, (await w.Marie.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await w.Marie.GetAsync(url + "/history")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await w.Marie.PatchJsonAsync(url, new { label = "Piraté" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await w.Marie.DeleteAsync(url)).StatusCode);
        }
        Assert.Equal("Boulangerie Marie", (await w.Marie.LedgerAsync(w.Hers))["label"]!.GetValue<string>());
        Assert.Equal("Fournisseur Acme", (await w.Marie.LedgerAsync(w.Unlinked))["label"]!.GetValue<string>());

        // The administrator sees them all, and the label nobody could change stays.
        Assert.Equal(["401ACME", "411AGENCEPI", "411BOULANGE", "411CABINETS"], await CodesAsync(w.Admin));
        Assert.Equal("Agence Pixel & Papier", (await w.Admin.LedgerAsync(w.Hidden))["label"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_pages_the_lookup_and_the_export_hide_another_users_clients_ledger_accounts(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SetUpAsync(app);
        var pages = w.MariePages;

        var list = WebUtility.HtmlDecode(await pages.GetStringAsync("/ledger-accounts"));
        Assert.Contains("Boulangerie Marie", list, StringComparison.Ordinal);
        Assert.Contains("Fournisseur Acme", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Agence Pixel", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Cabinet Secret", list, StringComparison.Ordinal);
        foreach (var url in new[] { $"/ledger-accounts/{w.Hidden}", $"/ledger-accounts/{w.Hidden}/edit", $"/ledger-accounts/{w.HiddenOfBinned}" })
            Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await pages.PostFormAsync($"/ledger-accounts/{w.Hidden}?handler=Delete", [], formPage: $"/ledger-accounts/{w.Hers}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync($"/ledger-accounts/{w.Hers}/edit")).StatusCode);

        // The « Comptabilité » picker of the account form: typed into, and browsed.
        var lookup = JsonNode.Parse(await pages.GetStringAsync("/ledger-accounts/lookup?q=411"))!.AsArray();
        Assert.Equal(["411BOULANGE – Boulangerie Marie"], lookup.Select(i => i!["name"]!.GetValue<string>()));
        Assert.Empty(JsonNode.Parse(await pages.GetStringAsync("/ledger-accounts/lookup?q=agence"))!.AsArray());
        var browse = JsonNode.Parse(await pages.GetStringAsync("/ledger-accounts/browse"))!["items"]!.AsArray();
        Assert.Equal(["401ACME – Fournisseur Acme", "411BOULANGE – Boulangerie Marie"], browse.Select(i => i!["name"]!.GetValue<string>()));

        // Comptabilité › export, from the page and from the API: the same two lines, no other client's name.
        var csv = await pages.GetStringAsync("/ledger-accounts/export.csv");
        Assert.Equal(await w.Marie.GetStringAsync($"{LedgerHelpers.LedgerAccounts}/export"), csv);
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Code", "411BOULANGE", "401ACME"], lines.Select(l => l.Split(';')[0]));
        Assert.DoesNotContain("Agence", csv, StringComparison.Ordinal);

        var all = await w.Admin.GetStringAsync($"{LedgerHelpers.LedgerAccounts}/export");
        Assert.Contains("411AGENCEPI;Agence Pixel & Papier;", all, StringComparison.Ordinal);
        Assert.Contains("411CABINETS;Cabinet Secret;", all, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_hidden_ledger_account_cannot_be_chosen_for_an_account_as_if_it_did_not_exist(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SetUpAsync(app);
        var url = $"{ApiHelpers.Accounts}/{w.MarieAccount}";

        var refused = await w.Marie.PatchJsonAsync(url, new { ledgerAccount = w.Hidden });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var missing = await w.Marie.PatchJsonAsync(url, new { ledgerAccount = 987654 });
        Assert.Equal((await missing.ProblemErrorsAsync())["ledgerAccount"], (await refused.ProblemErrorsAsync())["ledgerAccount"]);
        var created = await w.Marie.PostJsonAsync(ApiHelpers.Accounts, new { name = "Nouveau client", ledgerAccount = w.HiddenOfBinned });
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.True((await created.ProblemErrorsAsync()).ContainsKey("ledgerAccount"));
        Assert.Equal(w.Hers, (await w.Marie.GetJsonAsync(url)).LongOrNull("ledgerAccount"));

        // An unlinked one is hers to choose; the administrator may choose any.
        Assert.Equal(HttpStatusCode.OK, (await w.Marie.PatchJsonAsync(url, new { ledgerAccount = w.Unlinked })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await w.Admin.PatchJsonAsync(url, new { ledgerAccount = w.Hidden })).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task With_public_accounts_every_user_sees_every_ledger_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SetUpAsync(app, makePrivate: false);

        Assert.Equal(["401ACME", "411AGENCEPI", "411BOULANGE", "411CABINETS"], await CodesAsync(w.Marie));
        Assert.Equal(HttpStatusCode.OK, (await w.MariePages.GetAsync($"/ledger-accounts/{w.Hidden}")).StatusCode);
    }
}
