using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;

namespace Comptoir.Web.Tests.Accounting;

internal static class LedgerHelpers
{
    public const string LedgerAccounts = "/api/v1/ledger-accounts";
    public const string Rule = "/api/v1/settings/ledger-codes";

    /// <summary>Creates an account and returns the code of its ledger account, read back through the API.</summary>
    public static async Task<(long AccountId, JsonObject Ledger)> CreateAccountWithLedgerAsync(this HttpClient client, object body)
    {
        var account = await client.CreateAccountAsync(body);
        var ledgerId = account["ledgerAccount"]?.GetValue<long>();
        Assert.NotNull(ledgerId);
        return (account["id"]!.GetValue<long>(), await client.LedgerAsync(ledgerId.Value));
    }

    public static async Task<JsonObject> LedgerAsync(this HttpClient client, long id)
    {
        var response = await client.GetAsync($"{LedgerAccounts}/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }

    public static async Task<string> CodeOfNewAccountAsync(this HttpClient client, string name) =>
        (await client.CreateAccountWithLedgerAsync(new { name })).Ledger["code"]!.GetValue<string>();
}
