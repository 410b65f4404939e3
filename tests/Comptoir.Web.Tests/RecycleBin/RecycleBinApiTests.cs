using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.RecycleBin;

/// <summary>Deleting sends accounts and contacts to the « Corbeille »: hidden everywhere, restorable with their links, emptied for good by an administrator.</summary>
public sealed class RecycleBinApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_an_account_keeps_its_contacts_unlinked_and_restoring_it_links_them_again(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var pages = await app.SignedInClientAsync();
        var account = await api.CreateAccountAsync(new { name = "Zinzolin Négoce" });
        var id = account.Id();
        var url = $"{ApiHelpers.Accounts}/{id}";
        var dupont = await api.CreateContactAsync(new { lastName = "Dupont", account = id });
        var martin = await api.CreateContactAsync(new { lastName = "Martin", account = id });
        var subsidiary = await api.CreateAccountAsync(new { name = "Zinzolin Filiale", parentAccount = id });

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(url)).StatusCode);

        // Gone from the API, lists, search, the pickers and references…
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PatchJsonAsync(url, new { phone = "0102030405" })).StatusCode);
        Assert.Equal(["Zinzolin Filiale"], (await api.GetJsonAsync($"{ApiHelpers.Accounts}?q=zinzolin"))["items"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.DoesNotContain("Zinzolin Négoce", await pages.GetStringAsync("/accounts"), StringComparison.Ordinal);
        Assert.DoesNotContain("Négoce", await pages.GetStringAsync("/accounts/lookup?q=zinz"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await pages.GetAsync($"/accounts/{id}")).StatusCode);
        var pointing = await api.PatchJsonAsync($"{ContactHelpers.Contacts}/{dupont.Id()}", new { account = id });
        Assert.Equal(HttpStatusCode.BadRequest, pointing.StatusCode);
        Assert.True((await pointing.ProblemErrorsAsync()).ContainsKey("account"));
        // …its contacts stay, without account, and its subsidiary loses its parent.
        Assert.Null((await api.GetJsonAsync($"{ContactHelpers.Contacts}/{dupont.Id()}")).LongOrNull("account"));
        Assert.Null((await api.GetJsonAsync($"{ContactHelpers.Contacts}/{martin.Id()}")).LongOrNull("account"));
        Assert.Null((await api.GetJsonAsync($"{ApiHelpers.Accounts}/{subsidiary.Id()}")).LongOrNull("parentAccount"));
        // Its number is not given again.
        var next = await api.CreateAccountAsync(new { name = "Suivant" });
        Assert.Equal("CPT-000003", next["number"]!.GetValue<string>());

        var entry = Assert.Single(await api.BinItemsAsync())!.AsObject();
        Assert.Equal("accounts", entry["module"]!.GetValue<string>());
        Assert.Equal(id, entry["id"]!.GetValue<long>());
        Assert.Equal("Zinzolin Négoce", entry["title"]!.GetValue<string>());
        Assert.Equal("Administrateur", entry["deletedBy"]!["name"]!.GetValue<string>());
        Assert.Equal(2, entry["related"]!["unlinkedContacts"]!.GetValue<int>());
        Assert.Equal(0, entry["related"]!["deletedContacts"]!.GetValue<int>());
        Assert.Equal(1, entry["related"]!["subsidiaries"]!.GetValue<int>());

        var restored = await api.RestoreAsync("accounts", id);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("Zinzolin Négoce", (await restored.JsonAsync())["name"]!.GetValue<string>());

        var back = await api.GetJsonAsync(url);
        Assert.Equal(account["number"]!.GetValue<string>(), back["number"]!.GetValue<string>());
        Assert.Equal(account["ledgerAccount"]!.GetValue<long>(), back["ledgerAccount"]!.GetValue<long>());
        Assert.Equal(id, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{dupont.Id()}")).LongOrNull("account"));
        Assert.Equal(id, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{martin.Id()}")).LongOrNull("account"));
        Assert.Equal(id, (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{subsidiary.Id()}")).LongOrNull("parentAccount"));
        Assert.Contains("Contacts (2)", await pages.GetStringAsync($"/accounts/{id}"), StringComparison.Ordinal);
        Assert.Empty(await api.BinItemsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.RestoreAsync("accounts", id)).StatusCode);

        var actions = await app.InDatabaseAsync(d => d.RecordChanges.Where(c => c.Module == "accounts" && c.RecordId == id)
            .OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Equal(["created", "deleted", "restored"], actions);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_an_account_with_its_contacts_sends_them_all_to_the_bin_and_restoring_brings_all_back(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var id = (await api.CreateAccountAsync(new { name = "Garance SA" })).Id();
        var boss = await api.CreateContactAsync(new { lastName = "Patron", account = id });
        var clerk = await api.CreateContactAsync(new { lastName = "Commis", account = id, reportsTo = boss.Id() });
        var outsider = await api.CreateContactAsync(new { lastName = "Extérieur", reportsTo = boss.Id() });

        var bad = await api.DeleteAsync($"{ApiHelpers.Accounts}/{id}?contacts=tous");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ProblemErrorsAsync()).ContainsKey("contacts"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{ApiHelpers.Accounts}/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{id}?contacts=delete")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ContactHelpers.Contacts}/{boss.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ContactHelpers.Contacts}/{clerk.Id()}")).StatusCode);
        Assert.Equal(["Extérieur"], await api.NamesAsync(ContactHelpers.Contacts));
        Assert.Null((await api.GetJsonAsync($"{ContactHelpers.Contacts}/{outsider.Id()}")).LongOrNull("reportsTo"));
        var entry = Assert.Single(await api.BinItemsAsync())!.AsObject();
        Assert.Equal(2, entry["related"]!["deletedContacts"]!.GetValue<int>());
        Assert.Equal(1, entry["related"]!["reports"]!.GetValue<int>());
        // They went with their account: they come back with it, not alone.
        Assert.Equal(HttpStatusCode.NotFound, (await api.RestoreAsync("contacts", boss.Id())).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", id)).StatusCode);

        Assert.Equal(id, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{boss.Id()}")).LongOrNull("account"));
        var clerkBack = await api.GetJsonAsync($"{ContactHelpers.Contacts}/{clerk.Id()}");
        Assert.Equal(id, clerkBack.LongOrNull("account"));
        Assert.Equal(boss.Id(), clerkBack.LongOrNull("reportsTo"));
        Assert.Equal(boss.Id(), (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{outsider.Id()}")).LongOrNull("reportsTo"));
        Assert.Equal(["Commis", "Extérieur", "Patron"], await api.NamesAsync(ContactHelpers.Contacts));
        var contactActions = await app.InDatabaseAsync(d => d.RecordChanges.Where(c => c.Module == "contacts" && c.RecordId == clerk.Id())
            .OrderBy(c => c.Id).Select(c => c.Action).ToListAsync());
        Assert.Equal(["created", "deleted", "restored"], contactActions);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_contact_deleted_on_its_own_is_restored_alone_and_a_link_set_meanwhile_is_kept(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var first = (await api.CreateAccountAsync(new { name = "Premier" })).Id();
        var second = (await api.CreateAccountAsync(new { name = "Second" })).Id();
        var contact = await api.CreateContactAsync(new { lastName = "Seul", account = first });
        var other = await api.CreateContactAsync(new { lastName = "Autre", account = first });

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{first}")).StatusCode);
        // Moved to another account while the first was in the bin: restoring the first does not take it back.
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{ContactHelpers.Contacts}/{other.Id()}", new { account = second })).StatusCode);

        var items = await api.BinItemsAsync();
        Assert.Equal(["accounts", "contacts"], items.Select(i => i!["module"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("contacts", contact.Id())).StatusCode);
        Assert.Null((await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).LongOrNull("account"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ApiHelpers.Accounts}/{first}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", first)).StatusCode);
        Assert.Equal(first, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).LongOrNull("account"));
        Assert.Equal(second, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{other.Id()}")).LongOrNull("account"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_an_administrator_empties_the_bin_and_what_it_held_is_gone_for_good(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var account = await api.CreateAccountAsync(new { name = "Durand" });
        var id = account.Id();
        var code = (await api.GetJsonAsync($"/api/v1/ledger-accounts/{account["ledgerAccount"]}"))["code"]!.GetValue<string>();
        var withIt = (await api.CreateContactAsync(new { lastName = "Avec", account = id })).Id();
        var alone = (await api.CreateContactAsync(new { lastName = "Seule" })).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{id}?contacts=delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ContactHelpers.Contacts}/{alone}")).StatusCode);

        var refused = await hers.DeleteAsync(RecycleBinHelpers.Bin);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, (await api.BinItemsAsync()).Count);

        var emptied = await api.DeleteAsync(RecycleBinHelpers.Bin);
        Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
        Assert.Equal(2, (await emptied.JsonAsync())["emptied"]!.GetValue<int>());

        Assert.Empty(await api.BinItemsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await api.RestoreAsync("accounts", id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.RestoreAsync("contacts", alone)).StatusCode);
        Assert.False(await app.InDatabaseAsync(d => d.Accounts.IgnoreQueryFilters().AnyAsync(a => a.Id == id)));
        Assert.False(await app.InDatabaseAsync(d => d.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Id == withIt || c.Id == alone)));
        // Its number and its ledger code stay spent.
        var again = await api.CreateAccountAsync(new { name = "Durand" });
        Assert.Equal("CPT-000002", again["number"]!.GetValue<string>());
        var newCode = (await api.GetJsonAsync($"/api/v1/ledger-accounts/{again["ledgerAccount"]}"))["code"]!.GetValue<string>();
        Assert.NotEqual(code, newCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task With_private_accounts_a_user_sees_and_restores_only_what_they_could_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var secret = (await api.CreateAccountAsync(new { name = "Secret Industries" })).Id();
        var mine = (await api.CreateAccountAsync(new { name = "Chez Marie", assignedTo = new { type = "user", id = marie } })).Id();
        await app.MakeAccountsPrivateAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{secret}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await hers.DeleteAsync($"{ApiHelpers.Accounts}/{mine}")).StatusCode);

        var herBin = await hers.BinItemsAsync();
        var only = Assert.Single(herBin)!.AsObject();
        Assert.Equal("Chez Marie", only["title"]!.GetValue<string>());
        Assert.Equal("Marie Curie", only["deletedBy"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain("Secret", herBin.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.RestoreAsync("accounts", secret)).StatusCode);
        Assert.Equal(2, (await api.BinItemsAsync()).Count);

        Assert.Equal(HttpStatusCode.OK, (await hers.RestoreAsync("accounts", mine)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hers.GetAsync($"{ApiHelpers.Accounts}/{mine}")).StatusCode);
        Assert.Equal(["Secret Industries"], (await api.BinItemsAsync()).Select(i => i!["title"]!.GetValue<string>()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_stale_If_Match_deletes_nothing_and_an_unknown_module_restores_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var id = (await api.CreateAccountAsync(new { name = "Ocre" })).Id();
        var contact = await api.CreateContactAsync(new { lastName = "Reste", account = id });
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{id}", new { phone = "0102030405" })).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Delete, $"{ApiHelpers.Accounts}/{id}?contacts=delete");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(stale)).StatusCode);

        Assert.Empty(await api.BinItemsAsync());
        Assert.Equal(id, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{contact.Id()}")).LongOrNull("account"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.RestoreAsync("products", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.RestoreAsync("accounts", id)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_bin_pages_newest_first_and_refuses_a_bad_cursor(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        foreach (var name in new[] { "Un", "Deux", "Trois" })
        {
            var id = (await api.CreateAccountAsync(new { name })).Id();
            Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{id}")).StatusCode);
        }
        var first = await api.GetJsonAsync($"{RecycleBinHelpers.Bin}?limit=2");
        Assert.Equal(["Trois", "Deux"], first["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
        var cursor = first["nextCursor"]!.GetValue<string>();
        var second = await api.GetJsonAsync($"{RecycleBinHelpers.Bin}?limit=2&cursor={cursor}");
        Assert.Equal(["Un"], second["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
        Assert.Null(second["nextCursor"]);

        var bad = await api.GetAsync($"{RecycleBinHelpers.Bin}?cursor=abc&limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await bad.ProblemErrorsAsync();
        Assert.True(errors.ContainsKey("cursor") && errors.ContainsKey("limit"));

        var openApi = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var delete = openApi["paths"]!["/api/v1/accounts/{id}"]!["delete"]!;
        Assert.Contains(delete["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "contacts");
        Assert.NotNull(openApi["paths"]!["/api/v1/recycle-bin/{module}/{id}/restore"]);
    }
}
