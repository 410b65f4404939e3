using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.Merge;

/// <summary>POST /api/v1/{module}/merge (issue 16, « Fusion »), on both databases.</summary>
public sealed class MergeApiTests
{
    private const string Merge = ApiHelpers.Accounts + "/merge";
    private static readonly string[] RefusedFields = ["fields.ledgerAccount", "fields.nope", "fields.number", "fields.phone"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_merge_moves_every_reference_keeps_the_chosen_values_and_sends_the_other_to_the_bin_marked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var kept = await api.CreateAccountAsync(new { name = "Boulangerie Dupont", phone = "01 42 68 53 00", billingCity = "Lyon" });
        var twin = await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL", phone = "06 11 22 33 44", email = "contact@dupont.fr", billingCity = "Paris" });
        var (keptId, twinId) = (kept.Id(), twin.Id());
        var contact = await api.CreateContactAsync(new { lastName = "Durand", account = twinId });
        var own = await api.CreateContactAsync(new { lastName = "Martin", account = keptId });
        var subsidiary = await api.CreateAccountAsync(new { name = "Dupont Croissanterie", parentAccount = twinId });
        // The record kept pointed at its duplicate: it is not made its own parent.
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{keptId}", new { parentAccount = twinId })).StatusCode);

        var merged = await api.PostJsonAsync(Merge, new { target = keptId, sources = new[] { twinId }, fields = new { phone = twinId, email = twinId } });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var record = await merged.JsonAsync();
        Assert.Equal(keptId, record.Id());
        Assert.Equal(twin["phone"]!.GetValue<string>(), record["phone"]!.GetValue<string>());
        Assert.Equal("contact@dupont.fr", record["email"]!.GetValue<string>());
        Assert.Equal("Lyon", record["billingCity"]!.GetValue<string>()); // not named: the record kept's own
        Assert.Equal("Boulangerie Dupont", record["name"]!.GetValue<string>());
        Assert.Null(record.LongOrNull("parentAccount"));
        // Accounting: the record kept keeps its ledger account, the other's is kept too.
        Assert.Equal(kept["ledgerAccount"]!.GetValue<long>(), record["ledgerAccount"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/ledger-accounts/{twin["ledgerAccount"]!.GetValue<long>()}")).StatusCode);

        Assert.Equal(keptId, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).LongOrNull("account"));
        Assert.Equal(keptId, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{own.Id()}")).LongOrNull("account"));
        Assert.Equal(keptId, (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{subsidiary.Id()}")).LongOrNull("parentAccount"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ApiHelpers.Accounts}/{twinId}")).StatusCode);

        var entry = Assert.Single(await api.BinItemsAsync())!;
        Assert.Equal(twinId, entry["id"]!.GetValue<long>());
        Assert.Equal(keptId, entry["mergedInto"]!["id"]!.GetValue<long>());
        Assert.Equal(kept["number"]!.GetValue<string>(), entry["mergedInto"]!["number"]!.GetValue<string>());

        var keptLines = await app.InDatabaseAsync(d => d.RecordChanges.Where(c => c.Module == "accounts" && c.RecordId == keptId)
            .OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Contains("merge:" + twin["number"]!.GetValue<string>(), keptLines);
        Assert.Equal("merge-values", keptLines[^1]);
        var twinLines = await app.InDatabaseAsync(d => d.RecordChanges.Where(c => c.Module == "accounts" && c.RecordId == twinId)
            .OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Equal("merged-into:" + kept["number"]!.GetValue<string>(), twinLines[^1]);
        // The contact's history says its account changed.
        var contactLines = await app.InDatabaseAsync(d => d.RecordChanges.Where(c => c.Module == "contacts" && c.RecordId == contact.Id())
            .OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Equal(["created", "updated"], contactLines);
        var page = await (await app.SignedInClientAsync()).GetStringAsync($"/accounts/{keptId}/history");
        Assert.Contains("Fusion de " + twin["number"]!.GetValue<string>(), page, StringComparison.Ordinal);

        // Restored, the merged record gets back what moved (where it still points at the record kept) and its link.
        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", twinId)).StatusCode);
        Assert.Equal(twinId, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).LongOrNull("account"));
        Assert.Equal(twinId, (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{subsidiary.Id()}")).LongOrNull("parentAccount"));
        Assert.Equal(keptId, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{own.Id()}")).LongOrNull("account"));
        Assert.Equal(twinId, (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{keptId}")).LongOrNull("parentAccount"));
        Assert.Equal("Boulangerie Dupont SARL", (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{twinId}"))["name"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Several_records_merge_into_one_and_a_link_changed_since_stays_on_restore(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = new List<long>();
        foreach (var name in new[] { "Garage Martin", "GARAGE MARTIN SAS", "Garage-Martin", "Ets Garage Martin" })
            ids.Add((await api.CreateAccountAsync(new { name })).Id());
        var contacts = new List<long>();
        foreach (var id in ids.Skip(1)) contacts.Add((await api.CreateContactAsync(new { lastName = "Contact " + id, account = id })).Id());

        var merged = await api.PostJsonAsync(Merge, new { target = ids[0], sources = ids.Skip(1).ToArray(), fields = new { name = ids[1] } });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        Assert.Equal("GARAGE MARTIN SAS", (await merged.JsonAsync())["name"]!.GetValue<string>());
        Assert.Equal(3, (await api.BinItemsAsync()).Count);
        foreach (var contact in contacts) Assert.Equal(ids[0], (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact}")).LongOrNull("account"));

        // Someone moves a contact elsewhere meanwhile: restoring does not take it back.
        var other = (await api.CreateAccountAsync(new { name = "Autre" })).Id();
        var moving = await api.PatchJsonAsync($"{ContactHelpers.Contacts}/{contacts[0]}", new { account = other });
        Assert.True(moving.StatusCode == HttpStatusCode.OK, await moving.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", ids[1])).StatusCode);
        Assert.Equal(other, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contacts[0]}")).LongOrNull("account"));
        Assert.Equal(ids[0], (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contacts[1]}")).LongOrNull("account"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_requests_are_refused_field_by_field_and_change_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var a = (await api.CreateAccountAsync(new { name = "Alpha" })).Id();
        var b = (await api.CreateAccountAsync(new { name = "Alpha SARL" })).Id();
        var contact = (await api.CreateContactAsync(new { lastName = "Reste", account = b })).Id();

        async Task<Dictionary<string, string[]>> RefusedAsync(object body)
        {
            var response = await api.PostJsonAsync(Merge, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.ProblemErrorsAsync();
        }

        Assert.Contains("sources", (await RefusedAsync(new { target = a, sources = new[] { a } })).Keys);
        Assert.Contains("sources", (await RefusedAsync(new { target = a })).Keys);
        Assert.Contains("sources", (await RefusedAsync(new { target = a, sources = new long[] { b, b + 1, b + 2, b + 3, b + 4 } })).Keys);
        Assert.Contains("target", (await RefusedAsync(new { target = "Alpha", sources = new[] { b } })).Keys);
        Assert.Contains("colour", (await RefusedAsync(new { target = a, sources = new[] { b }, colour = "red" })).Keys);
        var fields = await RefusedAsync(new { target = a, sources = new[] { b }, fields = new { nope = b, ledgerAccount = b, number = b, phone = 999 } });
        Assert.Equal(RefusedFields, fields.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("« Comptabilité » reste celui de l'enregistrement conservé.", Assert.Single(fields["fields.ledgerAccount"]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await api.PostAsync(Merge, new StringContent("target=1"))).StatusCode);

        // A record that does not exist (or the user may not see) is not found; a module without a bin has no merge.
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync(Merge, new { target = a, sources = new[] { b + 100 } })).StatusCode);
        var products = (await api.PostJsonAsync("/api/v1/products/merge", new { target = 1, sources = new List<long> { 2 } })).StatusCode;
        Assert.True(products is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, products.ToString());

        Assert.Empty(await api.BinItemsAsync());
        Assert.Equal(b, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact}")).LongOrNull("account"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_what_the_user_may_see_and_delete_is_merged(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var secret = (await api.CreateAccountAsync(new { name = "Secret Industries" })).Id();
        var mine = (await api.CreateAccountAsync(new { name = "Secret Industries SA", assignedTo = new { type = "user", id = marie } })).Id();
        await app.MakeAccountsPrivateAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await hers.PostJsonAsync(Merge, new { target = mine, sources = new[] { secret } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.PostJsonAsync(Merge, new { target = secret, sources = new[] { mine } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{ApiHelpers.Accounts}/{secret}")).StatusCode);

        // Ledger accounts are deleted by administrators only: so are they merged.
        var first = (await api.PostJsonAsync("/api/v1/ledger-accounts", new { code = "411ZZA", label = "Client A" }));
        var second = (await api.PostJsonAsync("/api/v1/ledger-accounts", new { code = "411ZZB", label = "Client A bis" }));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var (l1, l2) = ((await first.JsonAsync()).Id(), (await second.JsonAsync()).Id());
        Assert.Equal(HttpStatusCode.Forbidden, (await hers.PostJsonAsync("/api/v1/ledger-accounts/merge", new { target = l1, sources = new[] { l2 } })).StatusCode);
        // An administrator merges them; the account using the second now uses the first.
        var customer = (await api.CreateAccountAsync(new { name = "Client", ledgerAccount = l2 })).Id();
        var ledgers = await api.PostJsonAsync("/api/v1/ledger-accounts/merge", new { target = l1, sources = new[] { l2 } });
        Assert.True(ledgers.StatusCode == HttpStatusCode.OK, await ledgers.Content.ReadAsStringAsync());
        Assert.Equal(l1, (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{customer}")).LongOrNull("ledgerAccount"));
    }
}
