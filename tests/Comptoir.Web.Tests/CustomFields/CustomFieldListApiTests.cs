using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Data;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.CustomFields;

/// <summary>Custom fields added through the layout API: at once filterable and sortable in GET /api/v1/accounts, with their index.</summary>
public sealed class CustomFieldListApiTests
{
    private const string Fields = "/api/v1/metadata/accounts/fields";
    private static readonly string[] Levels = ["Bronze", "Argent", "Or"];

    private static async Task<List<JsonObject>> WalkAsync(HttpClient client, string query)
    {
        var all = new List<JsonObject>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var response = await client.GetAsync($"{ApiHelpers.Accounts}?{query}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            var page = await response.JsonAsync();
            all.AddRange(page["items"]!.AsArray().Select(n => n!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
            Assert.True(++pages < 50, "the cursor never ends");
        } while (cursor is not null);
        return all;
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Fields_added_through_the_api_filter_and_sort_the_account_list(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var level = await client.PostJsonAsync(Fields, new { type = "picklist", label = "Niveau fidélité", block = "details", values = Levels });
        Assert.True(level.StatusCode == HttpStatusCode.Created, await level.Content.ReadAsStringAsync());
        var score = await client.PostJsonAsync(Fields, new { type = "integer", label = "Score", block = "details" });
        Assert.True(score.StatusCode == HttpStatusCode.Created, await score.Content.ReadAsStringAsync());

        string?[] levels = [null, "bronze", "argent", "or"];
        var seeded = new List<(long Id, string? Level, long? Score)>();
        for (var i = 1; i <= 14; i++)
        {
            var (l, s) = (levels[i % 4], i % 5 == 0 ? (long?)null : i * 3 % 7);
            var account = await client.CreateAccountAsync(new Dictionary<string, object?>
            {
                ["name"] = $"Compte {i:00}", ["cf_niveau_fidelite"] = l, ["cf_score"] = s,
            });
            Assert.Equal(l, account["cf_niveau_fidelite"]?.GetValue<string>());
            seeded.Add((account["id"]!.GetValue<long>(), l, s));
        }

        var golds = await WalkAsync(client, "cf_niveau_fidelite=or&sort=cf_score&order=desc&limit=2");
        Assert.Equal(seeded.Where(a => a.Level == "or").OrderByDescending(a => a.Score ?? -1).ThenByDescending(a => a.Id).Select(a => a.Id),
            golds.Select(a => a["id"]!.GetValue<long>()));
        var byLevel = await WalkAsync(client, "sort=cf_niveau_fidelite&limit=4");
        Assert.Equal(seeded.OrderBy(a => a.Level ?? "", StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id),
            byLevel.Select(a => a["id"]!.GetValue<long>()));
        // A label as users read it filters too (« Or » is the value « or »).
        Assert.Equal(golds.Count, (await WalkAsync(client, "cf_niveau_fidelite=Or&limit=100")).Count);

        var refused = await client.GetAsync(ApiHelpers.Accounts + "?cf_score=beaucoup");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("cf_score", (await refused.ProblemErrorsAsync()).Keys);

        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var indexes = await context.Database.SqlQueryRaw<string>(context.Provider == DatabaseProvider.Sqlite
            ? "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'index'"
            : "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename = 'Accounts'").ToListAsync();
        Assert.Contains("IX_Accounts_cf_niveau_fidelite", indexes);
        Assert.Contains("IX_Accounts_cf_score", indexes);
    }
}
