using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests;

/// <summary>Ticking rows of the accounts list, then « Modifier » (a new owner) or « Supprimer » (after confirming).</summary>
public sealed class MassActionsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Ticked_rows_get_a_new_owner_and_the_list_shows_it()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        await api.PostAsync("/api/v1/users", new { username = "lgarnier", displayName = "Lucie Garnier", password = "un-mot-de-passe-1", isAdmin = false });
        foreach (var name in new[] { "Masse Alpha", "Masse Bravo", "Masse Charlie" })
            await api.PostAsync("/api/v1/accounts", new { name });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("mass-update-owner", async page =>
        {
            await page.GotoAsync("/accounts?q=Masse&sort=name");
            var modifier = page.Locator("#mass-actions").GetByRole(AriaRole.Button, new() { Name = "Modifier" });
            await Assertions.Expect(modifier).ToBeDisabledAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cocher « Masse Alpha »" }).CheckAsync();
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "Cocher « Masse Bravo »" }).CheckAsync();
            await Assertions.Expect(page.Locator("#mass-ticked")).ToHaveTextAsync("2 lignes cochées");
            await modifier.ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Modifier 2 enregistrements" })).ToBeVisibleAsync();
            await page.GetByLabel("Changer « Assigné à »").CheckAsync();
            await page.Locator("select[name='assignedTo']").SelectOptionAsync(new SelectOptionValue { Label = "Lucie Garnier" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Appliquer" }).ClickAsync();

            await Assertions.Expect(page.Locator("#mass-report")).ToContainTextAsync("2 modifiés, 0 refusés");
            await page.GetByRole(AriaRole.Link, new() { Name = "Retour à la liste" }).ClickAsync();
            await page.GotoAsync("/accounts?q=Masse&sort=name&columns=name&columns=assignedTo");
            var owners = await page.Locator("table.records-table tbody td[data-field='assignedTo']").AllInnerTextsAsync();
            Assert.Equal(["Lucie Garnier", "Lucie Garnier", "Administrateur"], owners.Select(o => o.Trim()));
        });
    }

    [Fact]
    public async Task Supprimer_asks_before_it_sends_the_ticked_rows_to_the_bin()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        foreach (var name in new[] { "Corbeille Un", "Corbeille Deux" })
            await api.PostAsync("/api/v1/accounts", new { name });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("mass-delete", async page =>
        {
            await page.GotoAsync("/accounts?q=Corbeille");
            await page.GetByLabel("Sélectionner les 2 résultats").CheckAsync();
            await page.Locator("#mass-actions").GetByRole(AriaRole.Button, new() { Name = "Supprimer" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Supprimer 2 enregistrements de « Comptes clients » ?" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Supprimer" }).ClickAsync();

            // A filter runs as a job: its page follows it to the end and shows the report.
            await Assertions.Expect(page.Locator("#mass-report")).ToContainTextAsync("2 supprimés, 0 refusés", new() { Timeout = 30_000 });
            await page.GotoAsync("/accounts?q=Corbeille");
            await Assertions.Expect(page.Locator("table.records-table")).ToHaveCountAsync(0);
        });
    }
}
