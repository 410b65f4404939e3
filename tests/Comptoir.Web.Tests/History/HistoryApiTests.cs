using System.Net;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.History;

/// <summary>GET /api/v1/{module}/{id}/history: every change, newest first, values as the user saw them.</summary>
public sealed class HistoryApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_creation_then_an_api_change_read_back_with_labels_names_and_formatted_phones(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var admin = await app.ApiClientAsync();
        var account = await admin.CreateAccountAsync(new { name = "Fromagerie Martin", accountType = "customer", phone = "01 42 68 53 00" });
        var url = $"{ApiHelpers.Accounts}/{account["id"]}";

        var patched = await admin.PatchJsonAsync(url, new
        {
            accountType = "prospect", phone = "04 78 42 10 10", billingCity = "Annecy",
            assignedTo = new { type = "user", id = marie },
        });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var history = await admin.HistoryAsync(url);
        Assert.Equal(["updated", "created"], history.Select(e => e!["action"]!.GetValue<string>()));
        var change = history[0]!;
        Assert.Equal("Administrateur", change["user"]!.GetValue<string>());
        Assert.True(DateTime.UtcNow - change["at"]!.GetValue<DateTime>().ToUniversalTime() < TimeSpan.FromMinutes(5));
        Assert.Equal(
            ["phone: 01 42 68 53 00 → 04 78 42 10 10", "accountType: Client → Prospect",
             "assignedTo: Administrateur → Marie Curie", "billingCity:  → Annecy"],
            HistoryHelpers.Changes(change));
        Assert.Equal("Type", HistoryHelpers.Label(change, "accountType"));
        Assert.Empty(history[1]!["changes"]!.AsArray());

        // The same history in English: labels follow the reader's language.
        var english = await app.ApiClientAsync(language: "en");
        var read = await english.HistoryAsync(url);
        Assert.Contains("accountType: Customer → Prospect", HistoryHelpers.Changes(read[0]!));
        Assert.Equal("Type", HistoryHelpers.Label(read[0]!, "accountType"));
        Assert.Equal("City (billing)", HistoryHelpers.Label(read[0]!, "billingCity"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_save_that_changes_nothing_keeps_its_version_and_writes_no_entry(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var account = await admin.CreateAccountAsync(new { name = "Garage Durand", phone = "01 42 68 53 00", annualRevenue = 1200.50m });
        var url = $"{ApiHelpers.Accounts}/{account["id"]}";

        // The same values, typed differently: the phone spaced otherwise, the amount with a trailing zero.
        var same = await admin.PatchJsonAsync(url, new { name = "Garage Durand", phone = "0142685300", annualRevenue = 1200.500m });

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal("\"1\"", same.Headers.ETag?.Tag);
        Assert.Equal(["created"], (await admin.HistoryAsync(url)).Select(e => e!["action"]!.GetValue<string>()));

        var changed = await admin.PatchJsonAsync(url, new { name = "Garage Durand & Fils" });
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        Assert.Equal(["name: Garage Durand → Garage Durand & Fils"], HistoryHelpers.Changes((await admin.HistoryAsync(url))[0]!));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_history_pages_newest_first_with_a_cursor_and_refuses_a_bad_limit(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var account = await admin.CreateAccountAsync(new { name = "Pagination" });
        var url = $"{ApiHelpers.Accounts}/{account["id"]}";
        for (var i = 1; i <= 11; i++)
            Assert.Equal(HttpStatusCode.OK, (await admin.PatchJsonAsync(url, new { employees = i })).StatusCode);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var response = await admin.GetAsync($"{url}/history?limit=5" + (cursor is null ? "" : $"&cursor={cursor}"));
            var page = await response.JsonAsync();
            var items = page["items"]!.AsArray();
            Assert.InRange(items.Count, 1, 5);
            seen.AddRange(items.Select(e => e!["changes"]!.AsArray().Count == 0 ? "created" : e["changes"]![0]!["new"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["11", "10", "9", "8", "7", "6", "5", "4", "3", "2", "1", "created"], seen);

        var bad = await admin.GetAsync($"{url}/history?limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("limit", (await bad.ProblemErrorsAsync()).Keys);
        var badCursor = await admin.GetAsync($"{url}/history?cursor=abc");
        Assert.Equal(HttpStatusCode.BadRequest, badCursor.StatusCode);
        Assert.Contains("cursor", (await badCursor.ProblemErrorsAsync()).Keys);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_user_who_may_not_see_a_private_account_gets_404_on_its_history(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var secret = await admin.CreateAccountAsync(new { name = "Secret Industries" });
        var contact = await admin.CreateContactAsync(new { lastName = "Discret", account = secret.Id() });
        var url = $"{ApiHelpers.Accounts}/{secret.Id()}";

        var refused = await hers.GetAsync($"{url}/history");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.GetAsync($"{ContactHelpers.Contacts}/{contact.Id()}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{ApiHelpers.Accounts}/999999/history")).StatusCode);
        Assert.Single(await admin.HistoryAsync(url));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_contacts_history_shows_its_picklist_reference_phone_date_and_checkbox_changes(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var first = await admin.CreateAccountAsync(new { name = "Alpha SA" });
        var second = await admin.CreateAccountAsync(new { name = "Beta SARL" });
        var contact = await admin.CreateContactAsync(new { lastName = "Martin", salutation = "mr", account = first.Id(), mobile = "06 12 34 56 78" });
        var url = $"{ContactHelpers.Contacts}/{contact.Id()}";

        Assert.Equal(HttpStatusCode.OK, (await admin.PatchJsonAsync(url, new { salutation = "mrs", account = second.Id(), mobile = "07 98 76 54 32", birthday = "1980-05-01", doNotEmail = true })).StatusCode);

        var history = await admin.HistoryAsync(url);
        Assert.Equal(["updated", "created"], history.Select(e => e!["action"]!.GetValue<string>()));
        Assert.Equal(["salutation: M. → Mme", "account: Alpha SA → Beta SARL", "mobile: 06 12 34 56 78 → 07 98 76 54 32",
                      "birthday:  → 01/05/1980", "doNotEmail: Non → Oui"],
            HistoryHelpers.Changes(history[0]!));
        // Values are stored as codes and ids, so the labels follow a rename of the referenced account.
        await admin.PatchJsonAsync($"{ApiHelpers.Accounts}/{second.Id()}", new { name = "Beta SAS" });
        Assert.Contains("account: Alpha SA → Beta SAS", HistoryHelpers.Changes((await admin.HistoryAsync(url))[0]!));
    }
    [Theory, ClassData(typeof(Databases))]
    public async Task A_custom_field_change_keeps_showing_once_the_field_is_deleted_by_its_key_and_raw_value(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        const string fields = "/api/v1/metadata/accounts/fields";
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync(fields, new { type = "text", label = "Code fidélité", block = "details" })).StatusCode);
        var account = await admin.CreateAccountAsync(new { name = "Fidèle" });
        var url = $"{ApiHelpers.Accounts}/{account.Id()}";
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchJsonAsync(url, new { cf_code_fidelite = "GOLD-42" })).StatusCode);

        var before = await admin.HistoryAsync(url);
        Assert.Equal(["cf_code_fidelite:  → GOLD-42"], HistoryHelpers.Changes(before[0]!));
        Assert.Equal("Code fidélité", HistoryHelpers.Label(before[0]!, "cf_code_fidelite"));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{fields}/cf_code_fidelite")).StatusCode);

        var after = await admin.HistoryAsync(url);
        Assert.Equal(["cf_code_fidelite:  → GOLD-42"], HistoryHelpers.Changes(after[0]!));
        Assert.Equal("cf_code_fidelite", HistoryHelpers.Label(after[0]!, "cf_code_fidelite"));
    }
}
