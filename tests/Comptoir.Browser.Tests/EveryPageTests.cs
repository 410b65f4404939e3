using System.Globalization;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// A walk through every page a user reaches from the menu and the settings, with a record of each
/// module: none may break the Content-Security-Policy, log a console error or miss a file (the
/// favicon included). <see cref="BrowserSession"/> fails the test on any of these.
/// </summary>
public sealed class EveryPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Modules = ["accounts", "contacts", "ledger-accounts", "products", "price-lists"];

    [Fact]
    public async Task Every_page_of_the_menu_and_the_settings_loads_cleanly()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        var account = await api.PostAsync("/api/v1/accounts", new { name = "Épicerie des Tests", phone = "01 42 68 53 00", website = "https://www.epicerie-tests.fr" });
        var accountId = Id(account);
        var ledgerId = account["ledgerAccount"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);
        var contactId = Id(await api.PostAsync("/api/v1/contacts", new { lastName = "Lambert", firstName = "Claire", account = account["id"]!.GetValue<long>() }));
        var productId = Id(await api.PostAsync("/api/v1/products", new { code = "CAF-1", name = "Café en grains", unitPrice = 12.5m, vatRate = "5.5" }));
        var priceListId = Id(await api.PostAsync("/api/v1/price-lists", new { name = "Revendeurs", currency = "EUR" }));
        var teamId = Id(await api.PostAsync("/api/v1/teams", new { name = "Équipe Est" }));
        var field = (await api.PostAsync("/api/v1/metadata/accounts/fields", new { type = "text", label = "Code fidélité", block = "details" }))["key"]!.GetValue<string>();
        var block = (await api.PostAsync("/api/v1/metadata/accounts/blocks", new { label = "Suivi commercial" }))["key"]!.GetValue<string>();
        // Something in the recycle bin, so that its list shows a row.
        await api.DeleteAsync("/api/v1/accounts/" + Id(await api.PostAsync("/api/v1/accounts", new { name = "Ancien client" })));

        var pages = new List<string>
        {
            "/", "/profile", "/docs/",
            "/accounts", "/accounts/new", "/accounts/views", $"/accounts/{accountId}", $"/accounts/{accountId}/details", $"/accounts/{accountId}/edit",
            $"/accounts/{accountId}/contacts", $"/accounts/{accountId}/hierarchy", $"/accounts/{accountId}/history", $"/accounts/{accountId}/delete",
            "/contacts", "/contacts/new", $"/contacts/{contactId}", $"/contacts/{contactId}/details", $"/contacts/{contactId}/edit", $"/contacts/{contactId}/history",
            "/ledger-accounts", "/ledger-accounts/new", $"/ledger-accounts/{ledgerId}", $"/ledger-accounts/{ledgerId}/edit",
            "/products", "/products/new", $"/products/{productId}", $"/products/{productId}/edit",
            "/price-lists", "/price-lists/new", $"/price-lists/{priceListId}", $"/price-lists/{priceListId}/edit",
            "/recycle-bin", "/recycle-bin/empty", "/imports/new?module=accounts", "/imports/new?module=contacts",
            "/accounts/duplicates/find", "/contacts/duplicates/find",
            "/settings/users", "/settings/users/new", "/settings/users/1", "/settings/teams", "/settings/teams/new", $"/settings/teams/{teamId}",
            "/settings/sharing", "/settings/duplicates", "/settings/accounting", "/settings/picklists", "/settings/layout",
            "/settings/layout/accounts/fields/new", "/settings/layout/accounts/fields/name", "/settings/layout/accounts/blocks/details",
            $"/settings/layout/accounts/fields/{field}", $"/settings/layout/accounts/fields/{field}/delete",
            $"/settings/layout/accounts/blocks/{block}", $"/settings/layout/accounts/blocks/{block}/delete",
        };
        pages.AddRange(Modules.Select(m => "/settings/layout/" + m));

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("every-page", async page =>
        {
            // Whatever the menu offers is on the walk, so that a new entry cannot be forgotten here.
            await page.GotoAsync("/");
            var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu principal" }).Locator("a[href^='/']")
                .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
            var missing = menu.Where(href => href != "/" && !pages.Contains(href) && !pages.Contains(href + "/")).ToList();
            Assert.True(missing.Count == 0, "Menu entries not walked: " + string.Join(", ", missing));

            foreach (var path in pages)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
                // Scripts that fetch (pickers, the reference page's document) have finished.
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                Assert.Equal(1, await page.Locator("link[rel=icon]").CountAsync());
            }

            // The reference page did render (in French), its own policy let Scalar run.
            await page.GotoAsync("/docs/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "API Comptoir", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");

            // The icon itself: an SVG that answers 200.
            await page.GotoAsync("/");
            var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
            var file = await page.APIRequest.GetAsync(icon!);
            Assert.Equal(200, file.Status);
            Assert.StartsWith("image/svg+xml", file.Headers["content-type"], StringComparison.Ordinal);
        });

        // And the one page a visitor sees before signing in.
        await using var visitor = await BrowserSession.OpenAsync(fixture, signedIn: false);
        await visitor.RunAsync("every-page-login", async page =>
        {
            Assert.True(await page.GotoAsync("/login") is { Ok: true });
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            Assert.Equal(1, await page.Locator("link[rel=icon]").CountAsync());
        });
    }

    private static string Id(System.Text.Json.Nodes.JsonObject record) =>
        record["id"]!.GetValue<long>().ToString(CultureInfo.InvariantCulture);
}
