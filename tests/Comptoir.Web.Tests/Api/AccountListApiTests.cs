using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class AccountListApiTests
{
    private static readonly string[] Cities = ["Lyon", "Paris", "Nantes", "Bordeaux", "Lille"];

    /// <summary>30 accounts: « Élan 01 »… « Zèbre 30 » alternating, cities in turn, every third a prospect.</summary>
    private static async Task SeedAsync(HttpClient client)
    {
        for (var i = 1; i <= 30; i++)
            await client.CreateAccountAsync(new
            {
                name = (i % 2 == 0 ? "Élan " : "Zèbre ") + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                billingCity = Cities[i % Cities.Length],
                accountType = i % 3 == 0 ? "prospect" : "customer",
                email = $"contact{i}@exemple.fr",
                siret = i == 7 ? "73282932000074" : null,
            });
    }

    private static async Task<List<JsonObject>> WalkAsync(HttpClient client, string query)
    {
        var all = new List<JsonObject>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var url = $"{ApiHelpers.Accounts}?{query}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            all.AddRange(page["items"]!.AsArray().Select(n => n!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
            Assert.True(++pages < 50, "the cursor never ends");
        } while (cursor is not null);
        return all;
    }

    private static List<string> Names(IEnumerable<JsonObject> items) => items.Select(i => i["name"]!.GetValue<string>()).ToList();

    [Theory, ClassData(typeof(Databases))]
    public async Task Keyset_pages_cover_every_account_once_in_order(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await SeedAsync(client);

        var byName = await WalkAsync(client, "limit=7");
        var byCityDesc = await WalkAsync(client, "sort=billingCity&order=desc&limit=4");
        var firstPage = await (await client.GetAsync(ApiHelpers.Accounts)).JsonAsync();

        Assert.Equal(30, byName.Select(a => a["id"]!.GetValue<long>()).Distinct().Count());
        Assert.Equal(30, byName.Count);
        // Accents and case are folded: « Élan » sorts with the e's, before « Zèbre ».
        var expected = Enumerable.Range(1, 30).Where(i => i % 2 == 0).Select(i => $"Élan {i:00}")
            .Concat(Enumerable.Range(1, 30).Where(i => i % 2 == 1).Select(i => $"Zèbre {i:00}"));
        Assert.Equal(expected, Names(byName));
        Assert.Equal(30, byCityDesc.Select(a => a["id"]!.GetValue<long>()).Distinct().Count());
        var cities = byCityDesc.Select(a => a["billingCity"]!.GetValue<string>()).ToList();
        Assert.Equal(cities.OrderDescending(StringComparer.Ordinal), cities);
        Assert.Equal(25, firstPage["items"]!.AsArray().Count);
        Assert.NotNull(firstPage["nextCursor"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task PreviousCursor_leads_back_to_the_accounts_each_page_held(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await SeedAsync(client);

        async Task<JsonObject> Page(string? cursor) =>
            await (await client.GetAsync($"{ApiHelpers.Accounts}?sort=billingCity&order=desc&limit=7" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)))).JsonAsync();
        var pages = new List<JsonObject> { await Page(null) };
        while (pages[^1]["nextCursor"]?.GetValue<string>() is { } next) pages.Add(await Page(next));

        Assert.Equal(5, pages.Count);
        Assert.True(pages[0].ContainsKey("previousCursor"));
        Assert.Null(pages[0]["previousCursor"]);
        for (var i = pages.Count - 1; i > 0; i--)
        {
            var back = await Page(pages[i]["previousCursor"]!.GetValue<string>());
            Assert.Equal(Names(pages[i - 1]["items"]!.AsArray().Select(n => n!.AsObject())), Names(back["items"]!.AsArray().Select(n => n!.AsObject())));
            Assert.Equal(i == 1, back["previousCursor"] is null);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Search_finds_by_name_prefix_number_siret_and_email(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await SeedAsync(client);

        async Task<List<string>> Search(string q) =>
            Names((await WalkAsync(client, "q=" + Uri.EscapeDataString(q))));

        Assert.Equal(15, (await Search("elan")).Count);
        Assert.All(await Search("ZÈB"), n => Assert.StartsWith("Zèbre", n, StringComparison.Ordinal));
        Assert.Equal(["Zèbre 03"], await Search("CPT-000003"));
        Assert.Equal(["Zèbre 07"], await Search("732 829"));
        Assert.Equal(["Élan 12"], await Search("contact12@exemple.fr"));
        Assert.Empty(await Search("inexistant"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Filters_by_picklist_code_or_label_and_by_text_column(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await SeedAsync(client);

        var byCode = await WalkAsync(client, "accountType=prospect&limit=3");
        var byLabel = await WalkAsync(client, "accountType=Prospect");
        var combined = await WalkAsync(client, "accountType=prospect&billingCity=Paris&q=zeb");

        Assert.Equal(10, byCode.Count);
        Assert.All(byCode, a => Assert.Equal("prospect", a["accountType"]!.GetValue<string>()));
        Assert.Equal(Names(byCode), Names(byLabel));
        // Prospects are multiples of 3, Paris is i % 5 == 1, « Zèbre » odd: 21.
        Assert.Equal(["Zèbre 21"], Names(combined));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Unusable_list_parameters_are_400_problems_naming_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        async Task<string[]> Keys(string query)
        {
            var response = await client.GetAsync($"{ApiHelpers.Accounts}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return (await response.ProblemErrorsAsync()).Keys.Order(StringComparer.Ordinal).ToArray();
        }

        Assert.Equal(["sort"], await Keys("sort=colour"));
        Assert.Equal(["sort"], await Keys("sort=parentAccount"));
        Assert.Equal(["limit", "order"], await Keys("limit=0&order=sideways"));
        Assert.Equal(["limit"], await Keys("limit=101"));
        Assert.Equal(["cursor"], await Keys("cursor=not-a-cursor"));
        Assert.Equal(["accountType", "colour"], await Keys("accountType=martien&colour=bleu"));
    }
}
