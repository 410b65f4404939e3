using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>The top bar's search: a phone number typed with spaces suggests its account, which opens from the keyboard.</summary>
public sealed class GlobalSearchTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_phone_number_typed_with_spaces_in_the_top_bar_suggests_the_account_and_opens_it()
    {
        using (var api = await AppApi.SignInAsync(fixture.App))
            await api.PostAsync("/api/v1/accounts", new { name = "Agence Pixel & Papier", phone = "+33 1 42 68 53 07", billingCity = "Paris" });
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("global-search", async page =>
        {
            await page.GotoAsync("/");
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Rechercher partout" });
            await box.PressSequentiallyAsync("01 42 68 53 07", new() { Delay = 20 });
            var suggestion = page.GetByRole(AriaRole.Option, new() { Name = "Agence Pixel & Papier" });
            await Expect(suggestion).ToBeVisibleAsync();
            await Expect(suggestion).ToContainTextAsync("Téléphone : 01 42 68 53 07");
            await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
            await session.ScreenshotAsync("global-search-suggestion");

            await box.PressAsync("ArrowDown");
            await Expect(suggestion).ToHaveAttributeAsync("aria-selected", "true");
            await box.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Agence Pixel & Papier", Level = 1 })).ToBeVisibleAsync();

            // Enter without choosing a suggestion opens the full results page.
            await box.FillAsync("pixel");
            await box.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recherche", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Agence Pixel & Papier", Exact = true })).ToBeVisibleAsync();
        });
    }
}
