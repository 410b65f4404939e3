using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Accounting;

public sealed class LedgerCodeUniquenessTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_deleted_ledger_accounts_code_is_never_given_again(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var (accountId, ledger) = await client.CreateAccountWithLedgerAsync(new { name = "Dupont" });
        Assert.Equal("411DUPONT", ledger["code"]!.GetValue<string>());

        // A customer still booked under it keeps it from being deleted; once that account is in the bin, it goes too.
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"{LedgerHelpers.LedgerAccounts}/{ledger["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{ApiHelpers.Accounts}/{accountId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{LedgerHelpers.LedgerAccounts}/{ledger["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/recycle-bin/accounts/{accountId}/restore", null)).StatusCode);
        var account = await (await client.GetAsync($"{ApiHelpers.Accounts}/{accountId}")).JsonAsync();
        Assert.Null(account["ledgerAccount"]);

        Assert.Equal("411DUPONT1", await client.CodeOfNewAccountAsync("Dupont"));
        var manual = await client.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = " 411dupont ", label = "Dupont" });
        Assert.Equal(HttpStatusCode.BadRequest, manual.StatusCode);
        Assert.Equal(["Ce code a déjà été utilisé par un compte comptable supprimé : il n'est jamais redonné."], (await manual.ProblemErrorsAsync())["code"]);

        // Saving the account again gives it a new ledger account, not its old code.
        var saved = await client.PatchJsonAsync($"{ApiHelpers.Accounts}/{accountId}", new { phone = "01 42 68 53 00" });
        var regenerated = (await saved.JsonAsync())["ledgerAccount"]!.GetValue<long>();
        Assert.Equal("411DUPONT2", (await client.LedgerAsync(regenerated))["code"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_manual_code_must_be_unique_in_french_or_english(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var english = await app.ApiClientAsync(language: "en");
        Assert.Equal("411MARTIN", await client.CodeOfNewAccountAsync("Martin"));

        var duplicate = await client.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "411martin", label = "Autre Martin" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal(["Ce code est déjà utilisé."], (await duplicate.ProblemErrorsAsync())["code"]);
        var inEnglish = await english.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "411MARTIN", label = "Other Martin" });
        Assert.Equal(["This code is already in use."], (await inEnglish.ProblemErrorsAsync())["code"]);

        // A code typed by hand is claimed too: generation steps over it.
        var typed = await client.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "411petit", label = "Petit" });
        Assert.Equal(HttpStatusCode.Created, typed.StatusCode);
        Assert.Equal("411PETIT1", await client.CodeOfNewAccountAsync("Petit"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_code_changed_on_edit_must_be_free_and_the_old_one_stays_claimed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var (_, martin) = await client.CreateAccountWithLedgerAsync(new { name = "Martin" });
        var (_, durand) = await client.CreateAccountWithLedgerAsync(new { name = "Durand" });

        var taken = await client.PatchJsonAsync($"{LedgerHelpers.LedgerAccounts}/{durand["id"]}", new { code = "411MARTIN" });
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Equal(["Ce code est déjà utilisé."], (await taken.ProblemErrorsAsync())["code"]);

        var sameCode = await client.PatchJsonAsync($"{LedgerHelpers.LedgerAccounts}/{martin["id"]}", new { code = "411MARTIN", label = "Martin SA" });
        Assert.Equal(HttpStatusCode.OK, sameCode.StatusCode);

        var renamed = await client.PatchJsonAsync($"{LedgerHelpers.LedgerAccounts}/{durand["id"]}", new { code = "411DURANDSA" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("411DURANDSA", (await renamed.JsonAsync())["code"]!.GetValue<string>());
        var oldCode = await client.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "411DURAND", label = "Durand" });
        Assert.Equal(HttpStatusCode.BadRequest, oldCode.StatusCode);
        Assert.Equal("411DURAND1", await client.CodeOfNewAccountAsync("Durand"));
    }
}
