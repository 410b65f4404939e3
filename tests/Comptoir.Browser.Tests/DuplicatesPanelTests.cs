using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests;

/// <summary>« Doublons possibles » appears on the form while the user types a name that matches, with no rule on.</summary>
public sealed class DuplicatesPanelTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Typing_a_known_name_shows_the_match_as_a_link_and_another_name_hides_the_panel()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        await api.PostAsync("/api/v1/accounts", new { name = "Fromagerie Doublon Vercors SARL" });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("duplicates-panel", async page =>
        {
            await page.GotoAsync("/accounts/new");
            var panel = page.Locator("[data-duplicates-panel]");
            await Assertions.Expect(panel).ToBeHiddenAsync();

            await page.Field("Nom compte").FillAsync("fromagerie doublon-vercors");
            await Assertions.Expect(panel).ToBeVisibleAsync();
            await Assertions.Expect(panel).ToContainTextAsync("Doublons possibles");
            await Assertions.Expect(panel.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Fromagerie Doublon Vercors SARL") })).ToBeVisibleAsync();

            await page.Field("Nom compte").FillAsync("Fromagerie du Jura");
            await Assertions.Expect(panel).ToBeHiddenAsync();
        });
    }
}
