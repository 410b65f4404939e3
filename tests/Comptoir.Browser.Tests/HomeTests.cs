using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>« Accueil »: the accounts' charts, their numbers, a bar that opens the filtered list, and the list's « Graphique ».</summary>
public sealed class HomeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Home_shows_the_charts_and_a_bar_opens_the_filtered_list()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        await api.PostAsync("/api/v1/accounts", new { name = "Boulangerie Dupont", industry = "food", accountType = "customer" });
        await api.PostAsync("/api/v1/accounts", new { name = "Fromagerie Martin", industry = "food", accountType = "prospect" });
        var bank = await api.PostAsync("/api/v1/accounts", new { name = "Banque Lefèvre", industry = "banking", accountType = "customer" });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("home-charts", async page =>
        {
            await page.GotoAsync($"/accounts/{bank["id"]}");
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Banque Lefèvre" }).First).ToBeVisibleAsync();
            var industry = page.Locator("figure#accounts-industry");
            await Expect(industry.Locator("figcaption")).ToHaveTextAsync("Comptes clients par secteur");
            await Expect(industry.Locator("svg")).ToBeVisibleAsync();
            await Expect(page.Locator("figure#accounts-accountType svg")).ToBeVisibleAsync();
            await Expect(page.Locator("figure#accounts-months svg")).ToBeVisibleAsync();

            // The numbers, for whoever does not read the bars: on hover (the SVG's titles) and in the table.
            var food = industry.Locator("svg a[href='/accounts?industry=food']");
            await Expect(food.Locator("title")).ToHaveTextAsync("Agroalimentaire : 2");
            await industry.GetByText("Voir les données").ClickAsync();
            await Expect(industry.Locator("table").GetByRole(AriaRole.Row).Filter(new() { HasText = "Banque" })).ToContainTextAsync("1");
            await session.ScreenshotAsync("home-charts");

            await food.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/accounts\\?industry=food$"));
            await Expect(page.RowWith("Boulangerie Dupont")).ToBeVisibleAsync();
            await Expect(page.RowWith("Fromagerie Martin")).ToBeVisibleAsync();
            await Expect(page.RowWith("Banque Lefèvre")).ToHaveCountAsync(0);

            // The same chart on the list, through « Graphique ».
            await page.GotoAsync("/accounts");
            await page.GetByRole(AriaRole.Button, new() { Name = "Type", Exact = true }).ClickAsync();
            await Expect(page.Locator("figure#accounts-accountType svg a[href='/accounts?accountType=customer'] title")).ToHaveTextAsync("Client : 2");
            await session.ScreenshotAsync("list-chart");
        });
    }
}
