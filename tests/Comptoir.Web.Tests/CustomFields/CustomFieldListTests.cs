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
