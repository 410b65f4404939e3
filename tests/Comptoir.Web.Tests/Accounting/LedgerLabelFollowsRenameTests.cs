using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.History;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Accounting;

/// <summary>Renaming an account renames its generated ledger account's label, unless an accountant changed that label by hand.</summary>
public sealed class LedgerLabelFollowsRenameTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_rename_through_the_api_renames_the_ledger_label_with_a_history_line_on_both(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var (accountId, ledger) = await api.CreateAccountWithLedgerAsync(new { name = "Garage Martin" });
        var ledgerUrl = $"{LedgerHelpers.LedgerAccounts}/{ledger["id"]}";
        var accountUrl = $"{ApiHelpers.Accounts}/{accountId}";

        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync(accountUrl, new { name = "Garage Martin & Fils" })).StatusCode);

        var renamed = await api.GetAsync(ledgerUrl);
        var read = await renamed.JsonAsync();
        Assert.Equal("Garage Martin & Fils", read["label"]!.GetValue<string>());
        Assert.Equal(ledger["code"]!.GetValue<string>(), read["code"]!.GetValue<string>());   // a code never changes
        Assert.Equal("\"2\"", renamed.Headers.ETag?.Tag);
        Assert.Equal(["name: Garage Martin → Garage Martin & Fils"], HistoryHelpers.Changes((await api.HistoryAsync(accountUrl))[0]!));
        var line = Assert.Single(await api.HistoryAsync(ledgerUrl));
        Assert.Equal("updated", line!["action"]!.GetValue<string>());
        Assert.Equal("Administrateur", line["user"]!.GetValue<string>());
        Assert.Equal(["label: Garage Martin → Garage Martin & Fils"], HistoryHelpers.Changes(line));
        // Searched under its new label, as the « Comptabilité » lookup does.
        var found = await (await api.GetAsync($"{LedgerHelpers.LedgerAccounts}?q=garage martin %26")).JsonAsync();
        Assert.Equal([ledger["id"]!.GetValue<long>()], found["items"]!.AsArray().Select(l => l!["id"]!.GetValue<long>()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_rename_on_the_edit_page_renames_the_ledger_label_and_a_refused_save_renames_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var (accountId, ledger) = await api.CreateAccountWithLedgerAsync(new { name = "Menuiserie Petit" });
        var ledgerUrl = $"{LedgerHelpers.LedgerAccounts}/{ledger["id"]}";
        var client = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);
        var url = $"/accounts/{accountId}/edit";

        var refused = AccountPageHelpers.FormFields(await client.GetStringAsync(url));
        refused["name"] = "Menuiserie Petit et Associés";
        refused["email"] = "pas-un-email";
        Assert.Equal(url, (await client.PostFormAsync(url, refused)).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Menuiserie Petit", (await api.LedgerAsync(ledger["id"]!.GetValue<long>()))["label"]!.GetValue<string>());
        Assert.Empty(await api.HistoryAsync(ledgerUrl));

        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync(url));
        fields["name"] = "Menuiserie Petit et Associés";
        var saved = await client.PostFormAsync(url, fields);

        Assert.Equal($"/accounts/{accountId}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Menuiserie Petit et Associés", (await api.LedgerAsync(ledger["id"]!.GetValue<long>()))["label"]!.GetValue<string>());
        var line = Assert.Single(await api.HistoryAsync(ledgerUrl));
        Assert.Equal("Marie Curie", line!["user"]!.GetValue<string>());
        Assert.Equal(["label: Menuiserie Petit → Menuiserie Petit et Associés"], HistoryHelpers.Changes(line));
        var accountLine = (await api.HistoryAsync($"{ApiHelpers.Accounts}/{accountId}"))[0]!;
        Assert.Equal("Marie Curie", accountLine["user"]!.GetValue<string>());
        Assert.Equal(["name: Menuiserie Petit → Menuiserie Petit et Associés"], HistoryHelpers.Changes(accountLine));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_label_changed_by_hand_stays_when_the_account_is_renamed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var (accountId, ledger) = await api.CreateAccountWithLedgerAsync(new { name = "Garage Martin" });
        var ledgerUrl = $"{LedgerHelpers.LedgerAccounts}/{ledger["id"]}";
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync(ledgerUrl, new { label = "Martin — garage (compte historique)" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{accountId}", new { name = "Garage Martin & Fils" })).StatusCode);

        Assert.Equal("Martin — garage (compte historique)", (await api.LedgerAsync(ledger["id"]!.GetValue<long>()))["label"]!.GetValue<string>());
        var line = Assert.Single(await api.HistoryAsync(ledgerUrl));
        Assert.Equal(["label: Garage Martin → Martin — garage (compte historique)"], HistoryHelpers.Changes(line!));
        Assert.Equal(["name: Garage Martin → Garage Martin & Fils"],
            HistoryHelpers.Changes((await api.HistoryAsync($"{ApiHelpers.Accounts}/{accountId}"))[0]!));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_rename_that_also_chooses_another_ledger_account_leaves_both_labels_alone(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var (accountId, own) = await api.CreateAccountWithLedgerAsync(new { name = "Garage Martin" });
        var chosen = await (await api.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "411MARTIN", label = "Garage Martin" })).JsonAsync();

        var patched = await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{accountId}", new { name = "Garage Martin & Fils", ledgerAccount = chosen["id"] });

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Garage Martin", (await api.LedgerAsync(own["id"]!.GetValue<long>()))["label"]!.GetValue<string>());
        Assert.Equal("Garage Martin", (await api.LedgerAsync(chosen["id"]!.GetValue<long>()))["label"]!.GetValue<string>());
    }
}
