using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.History;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.Accounting;

/// <summary>
/// A customer's accounting link is never lost without a trace: only administrators delete ledger accounts,
/// not one a customer uses, and a deleted one waits in the « Corbeille » with its links.
/// </summary>
public sealed partial class LedgerDeletionTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Only_an_administrator_deletes_a_ledger_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var admin = await app.ApiClientAsync();
        var created = await admin.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "401ACME", label = "Fournisseur Acme", kind = "supplier" });
        var id = (await created.JsonAsync()).Id();
        var url = $"{LedgerHelpers.LedgerAccounts}/{id}";
        var marie = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var mariePages = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);

        var refused = await marie.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(403, (await refused.ProblemAsync())["status"]!.GetValue<int>());
        var page = WebUtility.HtmlDecode(await mariePages.GetStringAsync($"/ledger-accounts/{id}"));
        Assert.DoesNotContain("handler=Delete", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">Supprimer<", Regex.Replace(page, "\\s+<", "<"), StringComparison.Ordinal);
        var posted = await mariePages.PostFormAsync($"/ledger-accounts/{id}?handler=Delete", [], formPage: $"/ledger-accounts/{id}");
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal("Fournisseur Acme", (await admin.LedgerAsync(id))["label"]!.GetValue<string>());
        Assert.Empty(await admin.BinItemsAsync());

        // The administrator is offered « Supprimer », and told the record goes to the Corbeille.
        var adminPage = WebUtility.HtmlDecode(await (await app.SignedInClientAsync()).GetStringAsync($"/ledger-accounts/{id}"));
        Assert.Contains("handler=Delete", adminPage, StringComparison.Ordinal);
        Assert.Contains("« 401ACME – Fournisseur Acme » (Compte comptable) sera placé dans la corbeille", adminPage, StringComparison.Ordinal);
        Assert.DoesNotContain("supprimé définitivement", adminPage, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_ledger_account_a_customer_uses_is_not_deleted_and_the_refusal_names_the_customer(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var account = await admin.CreateAccountAsync(new { name = "Agence Pixel & Papier" });
        var ledger = account["ledgerAccount"]!.GetValue<long>();
        var url = $"{LedgerHelpers.LedgerAccounts}/{ledger}";

        var refused = await admin.DeleteAsync(url);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var detail = (await refused.ProblemAsync())["detail"]!.GetValue<string>();
        Assert.Contains("CPT-000001 « Agence Pixel & Papier »", detail, StringComparison.Ordinal);
        var english = await (await (await app.ApiClientAsync(language: "en")).DeleteAsync(url)).ProblemAsync();
        Assert.Contains("used by the customer accounts CPT-000001 “Agence Pixel & Papier”", english["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var pages = await app.SignedInClientAsync();
        var posted = await pages.PostFormAsync($"/ledger-accounts/{ledger}?handler=Delete", [], formPage: $"/ledger-accounts/{ledger}");
        Assert.Equal(HttpStatusCode.Conflict, posted.StatusCode);
        Assert.Contains(detail, WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        Assert.Equal("411AGENCEPI", (await admin.LedgerAsync(ledger))["code"]!.GetValue<string>());
        Assert.Equal(ledger, (await admin.GetJsonAsync($"{ApiHelpers.Accounts}/{account.Id()}")).LongOrNull("ledgerAccount"));
        Assert.Empty(await admin.BinItemsAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_deleted_ledger_account_goes_to_the_bin_keeps_its_code_and_comes_back_with_its_links(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var dupont = await admin.CreateAccountAsync(new { name = "Dupont" });
        var ledger = dupont["ledgerAccount"]!.GetValue<long>();
        var sharing = await admin.CreateAccountAsync(new { name = "Dupont Frères", ledgerAccount = ledger });
        var url = $"{LedgerHelpers.LedgerAccounts}/{ledger}";
        foreach (var account in new[] { dupont, sharing })
            Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{ApiHelpers.Accounts}/{account.Id()}")).StatusCode);

        // Only accounts in the bin use it: it goes there too, and they lose the link.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
        Assert.Empty((await admin.GetJsonAsync($"{LedgerHelpers.LedgerAccounts}?q=411"))["items"]!.AsArray());
        var entry = (await admin.BinItemsAsync()).Single(i => i!["module"]!.GetValue<string>() == "ledger-accounts")!;
        Assert.Equal(ledger, entry["id"]!.GetValue<long>());
        Assert.Equal("411DUPONT", entry["title"]!.GetValue<string>());
        Assert.Equal(2, entry["related"]!["unlinkedAccounts"]!.GetValue<int>());
        var links = await app.InDatabaseAsync(d => d.Accounts.IgnoreQueryFilters().Where(a => a.LedgerAccountId == ledger).CountAsync());
        Assert.Equal(0, links);

        // Its code is not given again, neither typed nor generated.
        var typed = await admin.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "411dupont", label = "Dupont" });
        Assert.Equal(["Ce code a déjà été utilisé par un compte comptable supprimé : il n'est jamais redonné."], (await typed.ProblemErrorsAsync())["code"]);
        Assert.Equal("411DUPONT1", await admin.CodeOfNewAccountAsync("Dupont"));

        // « Dupont Frères » comes back first and is given a ledger account of its own: the restore leaves that one.
        Assert.Equal(HttpStatusCode.OK, (await admin.RestoreAsync("accounts", sharing.Id())).StatusCode);
        var own = (await (await admin.PatchJsonAsync($"{ApiHelpers.Accounts}/{sharing.Id()}", new { phone = "01 42 68 53 00" })).JsonAsync())
            .LongOrNull("ledgerAccount");
        Assert.NotNull(own);

        var restored = await admin.RestoreAsync("ledger-accounts", ledger);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("411DUPONT", (await restored.JsonAsync())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await admin.RestoreAsync("accounts", dupont.Id())).StatusCode);
        Assert.Equal(ledger, (await admin.GetJsonAsync($"{ApiHelpers.Accounts}/{dupont.Id()}")).LongOrNull("ledgerAccount"));
        Assert.Equal(own, (await admin.GetJsonAsync($"{ApiHelpers.Accounts}/{sharing.Id()}")).LongOrNull("ledgerAccount"));
        Assert.Empty(await admin.BinItemsAsync());

        // The account's history tells both: the link cleared with the deletion, and put back with the restore.
        var history = await admin.HistoryAsync($"{ApiHelpers.Accounts}/{dupont.Id()}");
        Assert.Equal(["restored", "updated", "updated", "deleted", "created"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(["ledgerAccount:  → 411DUPONT – Dupont"], HistoryHelpers.Changes(history[1]!));
        Assert.Equal(["ledgerAccount: 411DUPONT – Dupont → "], HistoryHelpers.Changes(history[2]!));
        var ledgerHistory = await admin.HistoryAsync(url);
        Assert.Equal(["restored", "deleted"], ledgerHistory.Take(2).Select(e => e!["action"]!.GetValue<string>()));
        var sharingActions = (await admin.HistoryAsync($"{ApiHelpers.Accounts}/{sharing.Id()}")).Select(e => e!["action"]!.GetValue<string>());
        Assert.Equal(["updated", "restored", "updated", "deleted", "created"], sharingActions);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task From_its_page_a_ledger_account_goes_to_the_bin_is_restored_there_and_emptying_keeps_its_code_spent(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var pages = await app.SignedInClientAsync();
        var created = await pages.PostFormAsync("/ledger-accounts/new", new()
        {
            ["code"] = "401ACME", ["label"] = "Fournisseur Acme", ["collectiveAccount"] = "401000", ["kind"] = "supplier", ["active"] = "true",
        });
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        var id = long.Parse(path.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        var deleted = await pages.PostFormAsync(path + "?handler=Delete", [], formPage: path);
        Assert.Equal("/ledger-accounts", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("« 401ACME – Fournisseur Acme » placé dans la corbeille.", WebUtility.HtmlDecode(await deleted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync(path)).StatusCode);
        // In the bin it is nowhere else either: not offered by the « Comptabilité » picker, not exported, not choosable.
        Assert.Empty(JsonNode.Parse(await pages.GetStringAsync("/ledger-accounts/lookup?q=401"))!.AsArray());
        Assert.DoesNotContain("401ACME", await pages.GetStringAsync("/ledger-accounts/export.csv"), StringComparison.Ordinal);
        var picked = await (await app.ApiClientAsync()).PostJsonAsync(ApiHelpers.Accounts, new { name = "Acme", ledgerAccount = id });
        Assert.Equal(HttpStatusCode.BadRequest, picked.StatusCode);
        Assert.True((await picked.ProblemErrorsAsync()).ContainsKey("ledgerAccount"));

        var bin = WebUtility.HtmlDecode(await pages.GetStringAsync("/recycle-bin"));
        Assert.Contains("Compte comptable", bin, StringComparison.Ordinal);
        var restoreAction = Regex.Match(bin, "<form method=\"post\" action=\"(/recycle-bin\\?[^\"]*handler=Restore[^\"]*)\"").Groups[1].Value;
        Assert.Contains("module=ledger-accounts", restoreAction, StringComparison.Ordinal);
        var restored = await pages.PostFormAsync(restoreAction, [], "/recycle-bin");
        Assert.Equal(path, restored.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("« 401ACME » restauré.", WebUtility.HtmlDecode(await restored.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // Deleted again, then emptied for good: the row is gone, the code stays spent.
        Assert.Equal("/ledger-accounts", (await pages.PostFormAsync(path + "?handler=Delete", [], formPage: path)).RequestMessage!.RequestUri!.AbsolutePath);
        var api = await app.ApiClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync(RecycleBinHelpers.Bin)).StatusCode);
        Assert.False(await app.InDatabaseAsync(d => d.LedgerAccounts.IgnoreQueryFilters().AnyAsync(l => l.Id == id)));
        var again = await api.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "401ACME", label = "Autre Acme" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.ProblemErrorsAsync()).ContainsKey("code"));
    }
}
