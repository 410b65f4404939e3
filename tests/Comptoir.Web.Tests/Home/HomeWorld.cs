using AngleSharp.Dom;
using Comptoir.Data.Identity;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Home;

/// <summary>A clock the tests move, for the charts' cache (TimeProvider is what ChartCache and the recent views read).</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>What the home tests read off « Accueil » and set up around it.</summary>
public static class HomeWorld
{
    public const string MariePassword = "clef-de-la-cliente-1";

    /// <summary>A chart's numbers as its « Voir les données » table gives them: label → (count, link).</summary>
    public static Dictionary<string, (int Count, string? Url)> ChartData(IDocument page, string chartId) =>
        page.QuerySelectorAll($"figure#{chartId} details table tbody tr").ToDictionary(
            row => Html.Words(row.QuerySelector("th")!),
            row => (int.Parse(row.QuerySelector("td")!.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture),
                row.QuerySelector("th a")?.GetAttribute("href")));

    /// <summary>The SVG's bars: each a link with its number in its title.</summary>
    public static List<(string Href, string Title)> Bars(IDocument page, string chartId) =>
        page.QuerySelectorAll($"figure#{chartId} svg a").Select(a => (a.GetAttribute("href")!, a.QuerySelector("title")!.TextContent)).ToList();

    /// <summary>The names in « Récemment consultés » or « Récemment modifiés » (by the section's heading id), in order.</summary>
    public static List<string> Recent(IDocument page, string headingId) =>
        page.QuerySelectorAll($"section[aria-labelledby={headingId}] li a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>
    /// An account written straight into the table, as an import or another tool would: no history line, so
    /// nothing tells the charts' cache that the counts moved (only their age does).
    /// </summary>
    public static async Task InsertWithoutHistoryAsync(TestApp app, string name, string industry)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Comptoir.Data.AppDbContext>();
        var now = DateTime.UtcNow;
        db.Accounts.Add(new Comptoir.Core.Accounts.Account
        {
            Number = "IMP-" + Guid.NewGuid().ToString("N")[..8], Name = name, NameKey = Comptoir.Core.Records.SearchKey.Fold(name),
            Industry = industry, Version = 1, CreatedAt = now, UpdatedAt = now,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Marie, a non-administrator; accounts private unless told otherwise.</summary>
    public static async Task<int> AddMarieAsync(TestApp app, bool makePrivate = true)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        if (makePrivate) await services.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var user = new AppUser { UserName = "marie", DisplayName = "Marie Curie", IsActive = true, CreatedAt = DateTime.UtcNow };
        var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, MariePassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }
}
