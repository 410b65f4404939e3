using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comptoir.Core.Records;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.Records;

namespace Comptoir.Web.Tests.Search;

/// <summary>
/// A word thousands of accounts share is looked for by walking the list's own order (SearchMatch), a rare one from
/// the terms' index: both must give the same pages, in the same order, as a user reads them. The threshold between
/// the two is lowered to 40 records here (Comptoir__Search__WalkFrom) so that a few hundred accounts exercise both.
/// </summary>
public sealed class CommonWordSearchTests
{
    private static readonly string[] Surnames = ["Dupont", "Martin", "Bernard", "Petit", "Durand"];

    private static async Task<(TestApp App, List<(long Id, string Name)> Accounts)> StartAsync(Db db)
    {
        var app = await TestApp.StartAsync(db, new Dictionary<string, string?> { ["Comptoir:Search:WalkFrom"] = "40" });
        // 120 « Boulangerie … » (common: walked), 30 « Agence Zèbre … » and 24 per surname (rare: sought).
        var names = Enumerable.Range(0, 120).Select(i => $"Boulangerie {Surnames[i % Surnames.Length]} {i:000}")
            .Concat(Enumerable.Range(0, 30).Select(i => $"Agence Zèbre {i:000}"))
            .Concat(Enumerable.Range(0, 10).Select(i => $"Transports Brun {i:000}"))
            .ToList();
        var ids = await app.BulkAsync(names);
        return (app, ids.Zip(names).ToList());
    }

    /// <summary>What the list should show for <paramref name="words"/>: every account having a word starting with each, by name.</summary>
    private static List<long> Expected(List<(long Id, string Name)> accounts, params string[] words) =>
        accounts.Where(a => words.All(w => SearchKey.Fold(a.Name).Split(' ').Any(x => x.StartsWith(SearchKey.Fold(w), StringComparison.Ordinal))))
            .OrderBy(a => SearchKey.Fold(a.Name), StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id).ToList();

    /// <summary>Every id the API lists for <paramref name="q"/>, page after page.</summary>
    private static async Task<List<long>> ListAllAsync(HttpClient api, string q, bool descending = false)
    {
        var ids = new List<long>();
        string? cursor = null;
        do
        {
            var page = await api.GetFromJsonAsync<JsonObject>($"/api/v1/accounts?limit=25&q={Uri.EscapeDataString(q)}"
                + (descending ? "&order=desc" : "") + (cursor is null ? "" : "&cursor=" + cursor));
            ids.AddRange(page!["items"]!.AsArray().Select(n => n!["id"]!.GetValue<long>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            Assert.True(ids.Count <= 1000, "the pages never end");
        } while (cursor is not null);
        return ids;
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_common_word_pages_in_name_order_as_a_rare_one_does(Db db)
    {
        var (app, accounts) = await StartAsync(db);
        await using var _ = app;
        var api = await app.ApiClientAsync();

        // « boulangerie » (120, walked), « b » (130: boulangerie + brun), « zebre » (30, sought), « martin » (24, sought).
        foreach (var q in new[] { "boulangerie", "b", "Zèbre", "martin" })
            Assert.Equal(Expected(accounts, q), await ListAllAsync(api, q));
        var descending = Expected(accounts, "b");
        descending.Reverse();
        Assert.Equal(descending, await ListAllAsync(api, "b", descending: true));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Words_mixing_common_and_rare_match_only_the_records_having_all_of_them(Db db)
    {
        var (app, accounts) = await StartAsync(db);
        await using var _ = app;
        var api = await app.ApiClientAsync();

        Assert.Equal(Expected(accounts, "martin", "boulangerie"), await ListAllAsync(api, "martin boulangerie"));
        Assert.Equal(24, (await ListAllAsync(api, "boul mar")).Count);
        Assert.Equal(Expected(accounts, "b", "brun"), await ListAllAsync(api, "brun b"));
        Assert.Empty(await ListAllAsync(api, "boulangerie zebre"));
        Assert.Empty(await ListAllAsync(api, "boulangerie zzz"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_page_counts_and_shows_a_common_word_s_matches(Db db)
    {
        var (app, accounts) = await StartAsync(db);
        await using var _ = app;
        var browser = await app.SignedInClientAsync();

        var page = await browser.GetAsync("/accounts?q=b", "/accounts");
        Assert.Equal("130 résultats", ListPages.Count(page.Html));
        Assert.Equal(Expected(accounts, "b").Take(page.Ids.Count), page.Ids);
        Assert.Equal("24 résultats", ListPages.Count((await browser.GetAsync("/accounts?q=boulangerie+dupont", "/accounts")).Html));
    }
}
