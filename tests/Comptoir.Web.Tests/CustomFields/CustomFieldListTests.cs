using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.CustomFields;

/// <summary>Lists filtered and sorted on custom fields, whose values live in the records' JSON document.</summary>
public sealed class CustomFieldListTests
{
    private static List<long> Expected<TKey>(CustomFieldWorld world, Func<CustomFieldWorld.Seeded, TKey> key, IComparer<TKey> comparer, bool descending,
        Func<CustomFieldWorld.Seeded, bool>? where = null)
    {
        var ascending = world.Records.Where(where ?? (_ => true)).OrderBy(key, comparer).ThenBy(r => r.Id).Select(r => r.Id).ToList();
        if (descending) ascending.Reverse();
        return ascending;
    }

    private static readonly Comparer<double> Numbers = Comparer<double>.Default;

    [Theory, ClassData(typeof(Databases))]
    public async Task Filters_return_exactly_the_records_holding_the_value(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync();

        async Task<List<long>> Filter(Dictionary<string, string> filters) =>
            [.. (await world.WalkAsync("name", false, filters, limit: 100)).Ids.Order()];
        List<long> Where(Func<CustomFieldWorld.Seeded, bool> predicate) => [.. world.Records.Where(predicate).Select(r => r.Id).Order()];

        Assert.Equal(Where(r => r.Level == "or"), await Filter(new() { ["cf_niveau"] = "or" }));
        Assert.NotEmpty(Where(r => r.Level == "or"));
        // Byte for byte: « Alpha » is not « alpha ».
        Assert.Equal(Where(r => r.Code == "Alpha"), await Filter(new() { ["cf_code"] = "Alpha" }));
        Assert.Equal(Where(r => r.Score == 7), await Filter(new() { ["cf_score"] = "7" }));
        Assert.Equal(Where(r => r.Score == 0), await Filter(new() { ["cf_score"] = "0" }));
        // Typed the French way, stored as 1.25: the same number.
        var amount = world.Records.First(r => r.Amount is not null).Amount!.Value;
        Assert.Equal(Where(r => r.Amount == amount),
            await Filter(new() { ["cf_montant"] = amount.ToString(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) }));
        Assert.Equal(Where(r => r.Active), await Filter(new() { ["cf_actif"] = "oui" }));
        // Unticked and never set read alike.
        Assert.Equal(Where(r => !r.Active), await Filter(new() { ["cf_actif"] = "false" }));
        var since = world.Records.First(r => r.Since is not null).Since;
        Assert.Equal(Where(r => r.Since == since), await Filter(new() { ["cf_depuis"] = since!.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.Equal(Where(r => r.Level == "bronze" && r.Score == 7),
            await Filter(new() { ["cf_niveau"] = "bronze", ["cf_score"] = "7" }));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Keyset_pages_sort_custom_fields_both_ways_with_empties_first(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync();

        foreach (var descending in new[] { false, true })
        {
            var (byCode, pages) = await world.WalkAsync("cf_code", descending);
            Assert.True(pages >= 3, $"{pages} pages");
            Assert.Equal(Expected(world, r => r.Code ?? "", StringComparer.Ordinal, descending), byCode);

            Assert.Equal(Expected(world, r => r.Level ?? "", StringComparer.Ordinal, descending), (await world.WalkAsync("cf_niveau", descending)).Ids);
            Assert.Equal(Expected(world, r => r.Score ?? double.MinValue, Numbers, descending), (await world.WalkAsync("cf_score", descending)).Ids);
            Assert.Equal(Expected(world, r => (double?)r.Amount ?? double.MinValue, Numbers, descending), (await world.WalkAsync("cf_montant", descending)).Ids);
            Assert.Equal(Expected(world, r => r.Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal, descending),
                (await world.WalkAsync("cf_depuis", descending)).Ids);
        }

        // Spot the order a user sees: empty codes first, then digits, capitals, small letters, accented capitals.
        var ascending = (await world.WalkAsync("cf_code", false)).Ids;
        var codes = ascending.Select(id => world.Records.Single(r => r.Id == id).Code ?? "").Distinct().ToList();
        Assert.Equal(["", "10", "9", "Alpha", "alpha", "beta", "zeta", "Éclair"], codes);
        var scores = (await world.WalkAsync("cf_score", false)).Ids.Select(id => world.Records.Single(r => r.Id == id).Score).Distinct().ToList();
        Assert.Null(scores[0]);
        Assert.Equal(0, scores[1]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_filter_and_a_sort_on_other_custom_fields_combine(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync(40);

        var filters = new Dictionary<string, string> { ["cf_niveau"] = "or" };
        var (ids, pages) = await world.WalkAsync("cf_score", true, filters, limit: 3);
        Assert.True(pages >= 3, $"{pages} pages");
        Assert.Equal(Expected(world, r => r.Score ?? double.MinValue, Numbers, true, r => r.Level == "or"), ids);

        foreach (var descending in new[] { false, true })
            Assert.Equal(Expected(world, r => r.Level ?? "", StringComparer.Ordinal, descending, r => r.Level == "or"),
                (await world.WalkAsync("cf_niveau", descending, filters, limit: 2)).Ids);

        var byAmount = (await world.WalkAsync("cf_montant", false, new() { ["cf_actif"] = "true" }, limit: 2)).Ids;
        Assert.Equal(Expected(world, r => (double?)r.Amount ?? double.MinValue, Numbers, false, r => r.Active), byAmount);
    }

    /// <summary>
    /// Walks forwards by nextCursor, then back by previousCursor from the last page: each page read backwards
    /// holds exactly the rows it held, the first page has no previousCursor and every other page has one.
    /// </summary>
    private static async Task<List<List<long>>> WalkBothWaysAsync(CustomFieldWorld world, string sort, bool descending,
        Dictionary<string, string>? filters = null, int limit = 4)
    {
        Comptoir.Data.Records.ListRequest Request(string? cursor) => new(null, sort, descending, cursor, limit) { Filters = filters ?? [] };
        var pages = new List<Comptoir.Data.Records.ListPage<Comptoir.Core.Accounts.Account>> { await world.Store.ListAsync(world.Admin, Request(null), CancellationToken.None) };
        while (pages[^1].NextCursor is { } next) pages.Add(await world.Store.ListAsync(world.Admin, Request(next), CancellationToken.None));
        Assert.Null(pages[0].PreviousCursor);
        for (var i = pages.Count - 1; i > 0; i--)
        {
            var back = await world.Store.ListAsync(world.Admin, Request(pages[i].PreviousCursor ?? throw new Xunit.Sdk.XunitException($"page {i + 1} has no previousCursor")), CancellationToken.None);
            Assert.Equal(pages[i - 1].Items.Select(r => r.Id), back.Items.Select(r => r.Id));
            Assert.Equal(i == 1, back.PreviousCursor is null);
            Assert.Equal(pages[i].Items.Select(r => r.Id),
                (await world.Store.ListAsync(world.Admin, Request(back.NextCursor), CancellationToken.None)).Items.Select(r => r.Id));
        }
        return pages.ConvertAll(p => p.Items.Select(r => r.Id).ToList());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Keyset_pages_read_backwards_hold_the_rows_they_held_on_every_kind_of_sort(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync();

        foreach (var descending in new[] { false, true })
        {
            var byCode = await WalkBothWaysAsync(world, "cf_code", descending);
            Assert.True(byCode.Count >= 3, $"{byCode.Count} pages");
            Assert.Equal(Expected(world, r => r.Code ?? "", StringComparer.Ordinal, descending), byCode.SelectMany(p => p));
            Assert.Equal(Expected(world, r => r.Level ?? "", StringComparer.Ordinal, descending), (await WalkBothWaysAsync(world, "cf_niveau", descending)).SelectMany(p => p));
            Assert.Equal(Expected(world, r => r.Score ?? double.MinValue, Numbers, descending), (await WalkBothWaysAsync(world, "cf_score", descending)).SelectMany(p => p));
            Assert.Equal(Expected(world, r => (double?)r.Amount ?? double.MinValue, Numbers, descending), (await WalkBothWaysAsync(world, "cf_montant", descending, limit: 7)).SelectMany(p => p));
            Assert.Equal(Expected(world, r => r.Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal, descending),
                (await WalkBothWaysAsync(world, "cf_depuis", descending, limit: 5)).SelectMany(p => p));
            // Filtered on the sorted field (ordered by id alone), and filtered on one field while sorted on another.
            var gold = new Dictionary<string, string> { ["cf_niveau"] = "or" };
            Assert.Equal(Expected(world, r => r.Level ?? "", StringComparer.Ordinal, descending, r => r.Level == "or"),
                (await WalkBothWaysAsync(world, "cf_niveau", descending, gold, limit: 2)).SelectMany(p => p));
            Assert.Equal(Expected(world, r => r.Score ?? double.MinValue, Numbers, descending, r => r.Level == "or"),
                (await WalkBothWaysAsync(world, "cf_score", descending, gold, limit: 2)).SelectMany(p => p));
            Assert.Equal(30, (await WalkBothWaysAsync(world, "name", descending, limit: 6)).SelectMany(p => p).Distinct().Count());
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Counts_follow_the_search_and_the_filters_and_stop_at_the_bound(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync(20);
        Task<int> Count(Dictionary<string, string> filters, int upTo = 1_000, string? search = null) =>
            world.Store.CountAsync(world.Admin, new Comptoir.Data.Records.ListRequest(search, "cf_score", false, null, 4) { Filters = filters }, upTo, CancellationToken.None);

        Assert.Equal(20, await Count([]));
        Assert.Equal(world.Records.Count(r => r.Level == "or"), await Count(new() { ["cf_niveau"] = "or" }));
        Assert.Equal(world.Records.Count(r => r.Level == "or" && r.Active), await Count(new() { ["cf_niveau"] = "or", ["cf_actif"] = "true" }));
        Assert.Equal(11, await Count([], search: "compte 1")); // « Compte 10 » to « Compte 19 », and « Compte 01 » by its number (CPT-000001)
        Assert.Equal(7, await Count([], upTo: 7));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_cursor_of_another_sort_restarts_at_the_first_page(Db db)
    {
        await using var world = await CustomFieldWorld.StartAsync(db);
        await world.SeedAsync(10);

        var byScore = await world.Store.ListAsync(world.Admin, new Comptoir.Data.Records.ListRequest(null, "cf_score", false, null, 3), CancellationToken.None);
        var byCodeWithScoreCursor = await world.Store.ListAsync(world.Admin,
            new Comptoir.Data.Records.ListRequest(null, "cf_code", false, byScore.NextCursor, 3), CancellationToken.None);
        var byCode = await world.Store.ListAsync(world.Admin, new Comptoir.Data.Records.ListRequest(null, "cf_code", false, null, 3), CancellationToken.None);
        Assert.Equal(byCode.Items.Select(r => r.Id), byCodeWithScoreCursor.Items.Select(r => r.Id));
    }
}
