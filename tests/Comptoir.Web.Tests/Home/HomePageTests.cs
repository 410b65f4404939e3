using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Comptoir.Web.Tests.Home.HomeWorld;

namespace Comptoir.Web.Tests.Home;

/// <summary>« Accueil »: recently viewed and changed records, and the accounts' charts, with their links and numbers.</summary>
public sealed class HomePageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_charts_count_accounts_by_type_industry_and_month_and_each_bar_opens_the_matching_list(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.SeedAsync("Boulangerie Dupont", new() { ["industry"] = "food", ["accountType"] = "customer" });
        await app.SeedAsync("Fromagerie Martin", new() { ["industry"] = "food", ["accountType"] = "prospect" });
        await app.SeedAsync("Banque Lefèvre", new() { ["industry"] = "banking", ["accountType"] = "customer" });
        await app.SeedAsync("Sans secteur");
        var admin = await app.SignedInClientAsync();

        var home = await admin.GetHtmlAsync("/");

        var industry = ChartData(home, "accounts-industry");
        Assert.Equal((2, "/accounts?industry=food"), industry["Agroalimentaire"]);
        Assert.Equal((1, "/accounts?industry=banking"), industry["Banque"]);
        Assert.Equal((1, null), industry["(vide)"]);
        Assert.Equal(2, ChartData(home, "accounts-accountType")["Client"].Count);
        Assert.Contains(("/accounts?industry=food", "Agroalimentaire : 2"), Bars(home, "accounts-industry"));
        // Twelve months, this one last with the four new accounts.
        var months = home.QuerySelectorAll("figure#accounts-months details tbody td").Select(td => td.GetAttribute("data-count")).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal("4", months[^1]);

        var food = await admin.GetStringAsync("/accounts?industry=food");
        Assert.Equal(["Boulangerie Dupont", "Fromagerie Martin"], AccountPageHelpers.RowNames(food));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_record_opened_shows_first_in_recently_viewed_and_changes_show_in_recently_changed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var (first, _) = await app.SeedAsync("Boulangerie Dupont");
        var (second, _) = await app.SeedAsync("Fromagerie Martin");
        var admin = await app.SignedInClientAsync();
        Assert.Empty(Recent(await admin.GetHtmlAsync("/"), "recent-viewed-title"));

        await admin.GetStringAsync($"/accounts/{first}");
        await admin.GetStringAsync($"/accounts/{second}/details");
        await admin.GetStringAsync($"/accounts/{first}/history");

        var home = await admin.GetHtmlAsync("/");
        Assert.Equal(["Boulangerie Dupont", "Fromagerie Martin"], Recent(home, "recent-viewed-title"));
        var line = home.QuerySelector("section[aria-labelledby=recent-viewed-title] li")!;
        Assert.Equal($"/accounts/{first}", line.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Compte client · CPT-", Html.Words(line), StringComparison.Ordinal);
        Assert.Equal(["Fromagerie Martin", "Boulangerie Dupont"], Recent(home, "recent-changed-title"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Recently_viewed_keeps_the_latest_twenty_records_of_each_user(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var ids = new List<long>();
        for (var i = 1; i <= 22; i++) ids.Add((await app.SeedAsync($"Compte {i:00}")).Id);
        var admin = await app.SignedInClientAsync();
        foreach (var id in ids) await admin.GetStringAsync($"/accounts/{id}");

        using var scope = app.Services.CreateScope();
        var user = new Comptoir.Core.Security.UserContext(1, "admin", true, []);
        var kept = await scope.ServiceProvider.GetRequiredService<Comptoir.Data.Home.RecentViewStore>().LatestAsync(user, CancellationToken.None);
        Assert.Equal(20, kept.Count);
        Assert.Equal(ids[^1], kept[0].RecordId);
        Assert.DoesNotContain(kept, v => v.RecordId == ids[0] || v.RecordId == ids[1]);
        Assert.Equal(8, Recent(await admin.GetHtmlAsync("/"), "recent-viewed-title").Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task With_private_accounts_a_user_counts_and_sees_only_their_own(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marieId = await AddMarieAsync(app);
        var (adminsOwn, _) = await app.SeedAsync("Banque de l'administrateur", new() { ["industry"] = "banking" });
        await app.SeedAsync("Autre banque de l'administrateur", new() { ["industry"] = "banking" });
        await app.SeedAsync("Boulangerie de Marie", new() { ["industry"] = "food", ["assignedTo"] = $"user:{marieId}" });
        var admin = await app.SignedInClientAsync();
        await admin.GetStringAsync($"/accounts/{adminsOwn}");
        Assert.Equal(3, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry").Values.Sum(v => v.Count));

        var marie = await app.SignedInClientAsync("marie", MariePassword);
        var home = await marie.GetHtmlAsync("/");

        var industry = ChartData(home, "accounts-industry");
        Assert.Equal(["Agroalimentaire"], industry.Keys);
        Assert.Equal(1, industry["Agroalimentaire"].Count);
        Assert.Equal("1", home.QuerySelectorAll("figure#accounts-months details tbody td")[^1].GetAttribute("data-count"));
        Assert.Equal(["Boulangerie de Marie"], Recent(home, "recent-changed-title"));
        Assert.Empty(Recent(home, "recent-viewed-title"));
        // The administrator's counts were cached first: Marie's are her own, not theirs.
        Assert.Equal(3, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry").Values.Sum(v => v.Count));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Counts_are_cached_and_never_older_than_a_minute(Db db)
    {
        var clock = new TestClock();
        await using var app = await TestApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        await app.SeedAsync("Boulangerie Dupont", new() { ["industry"] = "food" });
        var admin = await app.SignedInClientAsync();
        Assert.Equal(1, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count);

        // Written without history, nothing says the counts moved: the cache answers with what it has.
        await InsertWithoutHistoryAsync(app, "Fromagerie Martin", "food");
        clock.Now += TimeSpan.FromSeconds(10);
        Assert.Equal(1, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count);

        // Past 30 s the page still answers at once with what it has, and one query refreshes it behind.
        clock.Now += TimeSpan.FromSeconds(25);
        Assert.Equal(1, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count);
        var refreshed = 1;
        for (var i = 0; i < 50 && refreshed == 1; i++)
        {
            await Task.Delay(100);
            refreshed = ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count;
        }
        Assert.Equal(2, refreshed);

        // Past a minute without a visit, the page computes them before answering.
        await InsertWithoutHistoryAsync(app, "Crèmerie Petit", "food");
        clock.Now += TimeSpan.FromSeconds(61);
        Assert.Equal(3, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task On_a_small_database_an_account_just_saved_counts_at_once(Db db)
    {
        var clock = new TestClock();
        await using var app = await TestApp.StartAsync(db, services: s => s.AddSingleton<TimeProvider>(clock));
        await app.SeedAsync("Boulangerie Dupont", new() { ["industry"] = "food" });
        var admin = await app.SignedInClientAsync();
        Assert.Equal(1, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count);

        // The save wrote its history line: the cache sees the change and, its GROUP BY being quick, runs it again.
        await app.SeedAsync("Fromagerie Martin", new() { ["industry"] = "food" });
        Assert.Equal(2, ChartData(await admin.GetHtmlAsync("/"), "accounts-industry")["Agroalimentaire"].Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_list_offers_its_chart_fields_as_a_Graphique_toggle(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.SeedAsync("Boulangerie Dupont", new() { ["industry"] = "food" });
        var admin = await app.SignedInClientAsync();

        var list = await admin.GetHtmlAsync("/accounts?sort=name&chart=industry");
        Assert.Equal((1, "/accounts?industry=food"), ChartData(list, "accounts-industry")["Agroalimentaire"]);
        var pressed = list.QuerySelector(".list-chart a[aria-pressed=true]")!;
        Assert.Equal("Secteur", pressed.TextContent.Trim());
        Assert.Equal("/accounts?sort=name", pressed.GetAttribute("href"));
        Assert.Equal("/accounts?sort=name&chart=accountType", list.QuerySelector(".list-chart a[aria-pressed=false]")!.GetAttribute("href"));
        Assert.Empty((await admin.GetHtmlAsync("/accounts")).QuerySelectorAll(".list-chart figure"));

        var unknown = await admin.GetHtmlAsync("/accounts?chart=siret");
        Assert.Contains("Aucun graphique « siret »", unknown.WordsOf(".list-chart [role=alert]"), StringComparison.Ordinal);
        // A module without chart fields shows no toggle.
        Assert.Empty((await admin.GetHtmlAsync("/contacts")).QuerySelectorAll(".list-chart"));
    }
}
