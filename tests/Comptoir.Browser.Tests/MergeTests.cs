using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests;

/// <summary>Two duplicates ticked in the accounts list, « Fusionner », a value chosen from the other, then the merge and the bin.</summary>
public sealed class MergeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Two_ticked_duplicates_merge_into_one_with_the_value_chosen_and_the_other_goes_to_the_bin()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        var kept = (await api.PostAsync("/api/v1/accounts", new { name = "Fusion Menuiserie", phone = "01 42 68 53 00" }))["id"]!.GetValue<long>();
        var twin = (await api.PostAsync("/api/v1/accounts", new { name = "Fusion Menuiserie SARL", phone = "04 72 00 00 01", email = "atelier@menuiserie.fr" }))["id"]!.GetValue<long>();
        await api.PostAsync("/api/v1/contacts", new { lastName = "Rabot", account = twin });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("merge", async page =>
        {
            await page.GotoAsync("/accounts?q=Fusion&sort=name");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cocher « Fusion Menuiserie »" }).CheckAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cocher « Fusion Menuiserie SARL »" }).CheckAsync();
            await page.Locator("#mass-actions").GetByRole(AriaRole.Button, new() { Name = "Fusionner" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fusionner des « Comptes clients »" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"th[data-record='{kept}'] [data-merge-target]")).ToHaveTextAsync("Conservé");
            // The record kept's phone is picked to begin with; the other's email fills its blank.
            await Assertions.Expect(page.Locator($"#m-phone-{kept}")).ToBeCheckedAsync();
            await Assertions.Expect(page.Locator($"#m-email-{twin}")).ToBeCheckedAsync();
            await page.Locator($"label[for='m-phone-{twin}']").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Fusionner" }).ClickAsync();

            await Assertions.Expect(page.Locator("main .alert-success")).ToContainTextAsync("Fusion faite");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/accounts/{kept}$"));
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("atelier@menuiserie.fr");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("04 72 00 00 01");

            await page.GotoAsync("/recycle-bin");
            await Assertions.Expect(page.Locator($"tr[data-id='{twin}']")).ToContainTextAsync("Fusionné dans CPT-");
        });
    }
}
