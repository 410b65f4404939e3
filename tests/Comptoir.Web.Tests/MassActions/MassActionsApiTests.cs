using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Data;
using Comptoir.Data.Jobs;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.MassActions;

public sealed class MassActionsApiTests
{
    private const string Update = ApiHelpers.Accounts + "/mass-update", Delete = ApiHelpers.Accounts + "/mass-delete";

    [Theory, ClassData(typeof(Databases))]
    public async Task Ticked_accounts_are_changed_each_with_its_own_history_line(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha", industry = "food" }, new { name = "Bravo" }, new { name = "Charlie", industry = "food" });

        var response = await api.PostJsonAsync(Update, new { ids = ids[..2], set = new { industry = "retail", doNotEmail = true } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.JsonAsync();
        Assert.Equal(2, report["updated"]!.GetValue<int>());
        Assert.Equal(0, report["refused"]!.GetValue<int>());
        foreach (var id in ids[..2])
        {
            var account = await api.AccountAsync(id);
            Assert.Equal("retail", account["industry"]!.GetValue<string>());
            Assert.True(account["doNotEmail"]!.GetValue<bool>());
            var history = await (await api.GetAsync($"{ApiHelpers.Accounts}/{id}/history")).JsonAsync();
            var last = history["items"]!.AsArray()[0]!;
            Assert.Equal("updated", last["action"]!.GetValue<string>());
            Assert.Contains("industry", last["changes"]!.AsArray().Select(c => c!["field"]!.GetValue<string>()));
        }
        Assert.Equal("food", (await api.AccountAsync(ids[2]))["industry"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Accounts_of_another_owner_under_private_sharing_are_refused_without_saying_what_they_are(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var secret = (await admin.CreateAccountsAsync(new { name = "Secret Industries" }))[0];
        var mine = (await hers.CreateAccountsAsync(new { name = "Mon compte" }))[0];

        var report = await (await hers.PostJsonAsync(Update, new { ids = new[] { secret, mine, 999_999 }, set = new { billingCity = "Lyon" } })).JsonAsync();

        Assert.Equal(1, report["updated"]!.GetValue<int>());
        Assert.Equal(2, report["refused"]!.GetValue<int>());
        var refusals = report["refusals"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal([secret, 999_999], refusals.Select(r => r["id"]!.GetValue<long>()));
        // The hidden account and the missing one read the same: no number, no name.
        Assert.All(refusals, r => Assert.False(r.ContainsKey("number")));
        Assert.Equal(refusals[0]["reason"]!.GetValue<string>(), refusals[1]["reason"]!.GetValue<string>());
        Assert.DoesNotContain("Secret", report.ToJsonString());
        Assert.Equal("Lyon", (await hers.AccountAsync(mine))["billingCity"]!.GetValue<string>());
        Assert.Null((await admin.AccountAsync(secret))["billingCity"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Unknown_read_only_and_unique_fields_cannot_be_mass_set(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha" });

        var response = await api.PostJsonAsync(Update, new { ids, set = new { nope = 1, number = "CPT-1", industry = "pas-un-secteur" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ProblemErrorsAsync();
        Assert.Contains("set.nope", errors.Keys);
        Assert.Contains("set.number", errors.Keys);
        var ledger = (await (await api.GetAsync("/api/v1/ledger-accounts")).JsonAsync())["items"]!.AsArray()[0]!["id"]!.GetValue<long>();
        var unique = await api.PostJsonAsync("/api/v1/ledger-accounts/mass-update", new { ids = new[] { ledger }, set = new { code = "411X" } });
        Assert.Equal(HttpStatusCode.BadRequest, unique.StatusCode);
        var uniqueErrors = await unique.ProblemErrorsAsync();
        Assert.Contains("« Code » ne peut pas être modifié en masse", Assert.Single(uniqueErrors["set.code"]));
        var bad = await api.PostJsonAsync(Update, new { ids, set = new { industry = "pas-un-secteur" } });
        Assert.Contains("set.industry", (await bad.ProblemErrorsAsync()).Keys);
        var filter = await api.PostJsonAsync(Update, new { filter = new Dictionary<string, string> { ["cond.industry.zz"] = "x" }, set = new { billingCity = "Lyon" } });
        Assert.Contains("filter.cond.industry.zz", (await filter.ProblemErrorsAsync()).Keys);
        Assert.Null((await api.AccountAsync(ids[0]))["industry"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_filter_runs_as_a_job_to_completion(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var retail = await api.CreateAccountsAsync(new { name = "Dupont Distribution", industry = "retail" }, new { name = "Durand", industry = "retail" },
            new { name = "Dupont Frères", industry = "retail" });
        var other = (await api.CreateAccountsAsync(new { name = "Dupont Banque", industry = "banking" }))[0];

        var accepted = await api.PostJsonAsync(Update, new
        {
            filter = new Dictionary<string, string> { ["cond.industry.in"] = "retail", ["q"] = "dupont" },
            set = new { billingCity = "Lyon" },
        });
        var job = await api.WaitForJobAsync(accepted);

        Assert.Equal("done", job["status"]!.GetValue<string>());
        Assert.Equal(2, job["total"]!.GetValue<int>());
        Assert.Equal(1.0, job["progress"]!.GetValue<double>());
        Assert.Equal(2, job["counts"]!["updated"]!.GetValue<int>());
        Assert.Equal("Lyon", (await api.AccountAsync(retail[0]))["billingCity"]!.GetValue<string>());
        Assert.Equal("Lyon", (await api.AccountAsync(retail[2]))["billingCity"]!.GetValue<string>());
        Assert.Null((await api.AccountAsync(retail[1]))["billingCity"]);
        Assert.Null((await api.AccountAsync(other))["billingCity"]);
        // Someone else's job is nobody else's business.
        await app.CreateUserAsync("marie", "Marie Curie");
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.GetAsync(accepted.Headers.Location!.OriginalString)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Mass_delete_sends_accounts_to_the_recycle_bin_with_their_contacts_and_they_come_back(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha" }, new { name = "Bravo" }, new { name = "Charlie" });
        var contact = await api.PostJsonAsync("/api/v1/contacts", new { lastName = "Martin", account = ids[0] });
        var contactId = (await contact.JsonAsync())["id"]!.GetValue<long>();

        var report = await (await api.PostJsonAsync(Delete + "?contacts=delete", new { ids = ids[..2] })).JsonAsync();

        Assert.Equal(2, report["deleted"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{ApiHelpers.Accounts}/{ids[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contacts/{contactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"{ApiHelpers.Accounts}/{ids[2]}")).StatusCode);
        var restored = await api.PostAsync($"/api/v1/recycle-bin/accounts/{ids[0]}/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("Alpha", (await api.AccountAsync(ids[0]))["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/v1/contacts/{contactId}")).StatusCode);
        var again = await (await api.PostJsonAsync(Delete, new { ids = ids[1..2] })).JsonAsync();
        Assert.Equal(0, again["deleted"]!.GetValue<int>());
        Assert.Equal(1, again["refused"]!.GetValue<int>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_job_left_running_by_a_stopped_server_continues_from_what_it_recorded(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = await api.CreateAccountsAsync(new { name = "Alpha" }, new { name = "Bravo" }, new { name = "Charlie" });
        long jobId;
        using (var scope = app.Services.CreateScope())
        {
            // As a server killed after its first batch left it: running, its lease run out, the first id recorded as done.
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var old = DateTime.UtcNow - JobRunner.Lease - TimeSpan.FromMinutes(1);
            var job = new Job
            {
                Kind = "mass-update", Module = "accounts", UserId = 1, Status = JobStatus.Running, Runner = "stopped-server", Total = 3, Done = 1,
                Cursor = ids[0].ToString(System.Globalization.CultureInfo.InvariantCulture), Counts = """{"updated":1,"refused":0}""",
                Params = new JsonObject { ["ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]), ["set"] = new JsonObject { ["billingCity"] = "Brest" }, ["with"] = new JsonArray(), ["culture"] = "fr-FR", ["uiCulture"] = "fr" }.ToJsonString(),
                CreatedAt = old, UpdatedAt = old,
            };
            context.Jobs.Add(job);
            await context.SaveChangesAsync();
            jobId = job.Id;
        }

        var done = await api.WaitForJobAsync($"/api/v1/jobs/{jobId}");

        Assert.Equal("done", done["status"]!.GetValue<string>());
        Assert.Equal(3, done["counts"]!["updated"]!.GetValue<int>());
        Assert.Null((await api.AccountAsync(ids[0]))["billingCity"]); // recorded as done: not done again
        Assert.Equal("Brest", (await api.AccountAsync(ids[1]))["billingCity"]!.GetValue<string>());
        Assert.Equal("Brest", (await api.AccountAsync(ids[2]))["billingCity"]!.GetValue<string>());
    }
}
