using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;
using Microsoft.EntityFrameworkCore;
using static Comptoir.Web.Tests.Duplicates.FindHelpers;

namespace Comptoir.Web.Tests.Duplicates;

/// <summary>« Trouver les doublons » through the API (issue 16): the job, the groups it keeps, visibility and bad input, on both databases.</summary>
public sealed class FindDuplicatesApiTests
{
    private static readonly string[] NameAndSiret = ["name", "siret"];
    private static readonly string[] Name = ["name"];
    private static readonly string[] Email = ["email"];
    private static readonly string[] FullNameInAccount = ["account", "firstName", "lastName"];

    [Theory, ClassData(typeof(Databases))]
    public async Task Groups_accounts_by_name_or_siret_merging_groups_that_share_a_record_and_leaving_the_bin_out(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL" })).Id();
        var dupontSas = (await api.CreateAccountAsync(new { name = "SAS boulangerie-DUPONT" })).Id();
        var marceau = (await api.CreateAccountAsync(new { name = "Transports Marceau", siret = "443 121 975 00017" })).Id();
        var logistique = (await api.CreateAccountAsync(new { name = "Marceau Logistique", siret = "44312197500017" })).Id();
        var marceauBis = (await api.CreateAccountAsync(new { name = "TRANSPORTS MARCEAU" })).Id();
        var martin = (await api.CreateAccountAsync(new { name = "Pâtisserie Martin" })).Id();
        var binned = (await api.CreateAccountAsync(new { name = "Pâtisserie Martin SAS" })).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{binned}")).StatusCode);

        var accepted = await api.PostAsync("/api/v1/accounts/duplicates/find", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Matches(@"^/api/v1/jobs/\d+$", accepted.Headers.Location!.OriginalString);
        Assert.Equal("duplicates.find", (await accepted.JsonAsync())["kind"]!.GetValue<string>());
        var job = await MassActions.MassHelpers.WaitForJobAsync(api, accepted);
        Assert.Equal("done", job["status"]!.GetValue<string>());
        Assert.Equal(1.0, job["progress"]!.GetValue<double>());
        Assert.Equal(2, job["counts"]!["groups"]!.GetValue<int>());

        var groups = await api.GroupsAsync("accounts");
        Assert.Equal(job["id"]!.GetValue<long>(), groups["job"]!.GetValue<long>());
        Assert.NotNull(groups["finishedAt"]);
        Assert.Null(groups["next"]);
        var items = Items(groups);
        Assert.Equal(2, items.Count);
        // Biggest first; ids oldest first; the SIRET and the name join Marceau's three into one group.
        Assert.Equal([marceau, logistique, marceauBis], Ids(items[0]));
        Assert.Equal(3, items[0]["count"]!.GetValue<int>());
        Assert.Equal(NameAndSiret, FieldsOf(items[0]));
        Assert.Equal([dupont, dupontSas], Ids(items[1]));
        Assert.Equal(Name, FieldsOf(items[1]));
        var record = items[1]["records"]![0]!;
        Assert.Equal(dupont, record["id"]!.GetValue<long>());
        Assert.Equal("Boulangerie Dupont SARL", record["name"]!.GetValue<string>());
        Assert.StartsWith("CPT-", record["number"]!.GetValue<string>(), StringComparison.Ordinal);
        var all = items.SelectMany(Ids).ToList();
        Assert.DoesNotContain(martin, all);
        Assert.DoesNotContain(binned, all);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_new_run_replaces_the_previous_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        Assert.Null((await api.GroupsAsync("accounts"))["job"]);
        var first = (await api.CreateAccountAsync(new { name = "Garage Leroy" })).Id();
        var second = (await api.CreateAccountAsync(new { name = "Garage Leroy EURL" })).Id();
        await api.FindDuplicatesAsync("accounts");
        Assert.Single(Items(await api.GroupsAsync("accounts")));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{second}")).StatusCode);
        var job = await api.FindDuplicatesAsync("accounts");
        var groups = await api.GroupsAsync("accounts");
        Assert.Equal(job["id"]!.GetValue<long>(), groups["job"]!.GetValue<long>());
        Assert.Empty(Items(groups));
        Assert.Equal(0, await app.InDatabaseAsync(d => d.DuplicateGroups.CountAsync(g => g.JobId != job["id"]!.GetValue<long>())));
        Assert.True(first > 0);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Groups_contacts_by_email_or_by_first_and_last_name_in_the_same_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountAsync(new { name = "Boulangerie Dupont" })).Id();
        var martin = (await api.CreateAccountAsync(new { name = "Pâtisserie Martin" })).Id();
        var jean = await CreateContactAsync(api, new { firstName = "Jean", lastName = "Dupont", account = dupont });
        var jeanAgain = await CreateContactAsync(api, new { firstName = "jean", lastName = "DUPONT", account = dupont });
        var jeanElsewhere = await CreateContactAsync(api, new { firstName = "Jean", lastName = "Dupont", account = martin });
        var claire = await CreateContactAsync(api, new { firstName = "Claire", lastName = "Martin", email = "claire@martin.fr" });
        var claireToo = await CreateContactAsync(api, new { firstName = "C.", lastName = "Martin", email = "Claire@Martin.fr" });

        await api.FindDuplicatesAsync("contacts");
        var items = Items(await api.GroupsAsync("contacts"));
        Assert.Equal(2, items.Count);
        var byEmail = Assert.Single(items, g => Ids(g).Contains(claire));
        Assert.Equal([claire, claireToo], Ids(byEmail));
        Assert.Equal(Email, FieldsOf(byEmail));
        var byName = Assert.Single(items, g => Ids(g).Contains(jean));
        Assert.Equal([jean, jeanAgain], Ids(byName));
        Assert.Equal(FullNameInAccount, FieldsOf(byName));
        Assert.DoesNotContain(jeanElsewhere, items.SelectMany(Ids));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_user_who_may_not_see_a_record_gets_it_counted_never_named(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var secret = (await api.CreateAccountAsync(new { name = "Secret Industries SA" })).Id();
        var mine = (await hers.CreateAccountAsync(new { name = "Secret Industries" })).Id();
        await app.MakeAccountsPrivateAsync();
        await hers.FindDuplicatesAsync("accounts");

        var seen = await hers.GroupsAsync("accounts");
        var group = Assert.Single(Items(seen));
        Assert.Equal([mine], Ids(group));
        Assert.Equal(1, group["hidden"]!.GetValue<int>());
        Assert.Equal(2, group["count"]!.GetValue<int>());
        Assert.DoesNotContain("Secret Industries SA", seen.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(group["records"]!.AsArray(), r => r!["id"]!.GetValue<long>() == secret);

        var admin = Assert.Single(Items(await api.GroupsAsync("accounts")));
        Assert.Equal([secret, mine], Ids(admin));
        Assert.Equal(0, admin["hidden"]!.GetValue<int>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_by_cursor_and_refuses_bad_input_with_problem_details(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        foreach (var name in new[] { "Alpha", "Alpha SARL", "Beta", "Beta SAS", "Gamma", "Gamma SA" }) await api.CreateAccountAsync(new { name });
        await api.FindDuplicatesAsync("accounts");

        var first = await api.GroupsAsync("accounts", "?limit=2");
        Assert.Equal(2, Items(first).Count);
        Assert.Equal(3, first["total"]!.GetValue<int>());
        var second = await api.GroupsAsync("accounts", "?limit=2&cursor=" + first["next"]!.GetValue<string>());
        Assert.Single(Items(second));
        Assert.Null(second["next"]);
        Assert.Empty(Items(first).SelectMany(Ids).Intersect(Items(second).SelectMany(Ids)));

        foreach (var (query, key) in new[] { ("?limit=0", "limit"), ("?limit=201", "limit"), ("?limit=abc", "limit"), ("?cursor=-1", "cursor"), ("?cursor=x", "cursor") })
        {
            var refused = await api.GetAsync("/api/v1/accounts/duplicates/groups" + query);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            Assert.Contains(key, (await refused.ProblemErrorsAsync()).Keys);
        }
        var limitMessage = (await (await api.GetAsync("/api/v1/accounts/duplicates/groups?limit=0")).ProblemErrorsAsync())["limit"];
        Assert.Equal("« limit » doit être un nombre entier entre 1 et 200.", Assert.Single(limitMessage));

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/nothing/duplicates/groups")).StatusCode);
        // No module there: the routing's own answer (404 or 405), never a job.
        Assert.False((await api.PostAsync("/api/v1/nothing/duplicates/find", null)).IsSuccessStatusCode);
        var noDuplicates = await api.PostAsync("/api/v1/price-lists/duplicates/find", null);
        Assert.Equal(HttpStatusCode.NotFound, noDuplicates.StatusCode);
        Assert.Equal("application/problem+json", noDuplicates.Content.Headers.ContentType!.MediaType);
    }

    private static async Task<long> CreateContactAsync(HttpClient api, object body)
    {
        var response = await api.PostJsonAsync("/api/v1/contacts", body);
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, json.ToJsonString());
        return json.Id();
    }
}
