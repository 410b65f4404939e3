using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests;

/// <summary>« Trouver les doublons » from the accounts list: the job's progress page, then the group and its « Fusionner ».</summary>
public sealed partial class FindDuplicatesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Finding_duplicates_follows_the_job_then_lists_the_group_with_a_merge_link()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        var first = (await api.PostAsync("/api/v1/accounts", new { name = "Quincaillerie Doublon Morel SARL" }))["id"]!.GetValue<long>();
        var second = (await api.PostAsync("/api/v1/accounts", new { name = "quincaillerie doublon-morel" }))["id"]!.GetValue<long>();

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("find-duplicates", async page =>
        {
            await page.GotoAsync("/accounts");
            await page.GetByRole(AriaRole.Link, new() { Name = "Trouver les doublons" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Doublons dans « Comptes clients »" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#duplicates-never")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Lancer la recherche" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(JobPage());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Recherche de doublons dans « Comptes clients »" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#job-bar")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#mass-report")).ToContainTextAsync("1 groupe de doublons trouvé.", new() { Timeout = 30_000 });
            await page.GetByRole(AriaRole.Link, new() { Name = "Voir les doublons trouvés" }).ClickAsync();

            var group = page.Locator("[data-duplicates-group]");
            await Assertions.Expect(group).ToHaveCountAsync(1);
            await Assertions.Expect(group.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Quincaillerie Doublon Morel SARL") })).ToBeVisibleAsync();
            await Assertions.Expect(group.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("quincaillerie doublon-morel") })).ToBeVisibleAsync();
            await Assertions.Expect(group.GetByRole(AriaRole.Link, new() { Name = "Fusionner" })).ToHaveAttributeAsync("href", $"/accounts/merge?ids={first},{second}");
        });
    }

    [GeneratedRegex(@"/jobs/\d+$")]
    private static partial Regex JobPage();
}
