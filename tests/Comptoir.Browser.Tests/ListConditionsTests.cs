using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>The list's filter bar: conditions built field by field narrow the rows, and the address brings the same view back.</summary>
public sealed class ListConditionsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_filter_built_on_the_list_narrows_the_rows_and_its_address_gives_the_same_view()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        await api.PostAsync("/api/v1/accounts", new { name = "Cave de Vierzon", billingCity = "Vierzon", employees = 4 });
        await api.PostAsync("/api/v1/accounts", new { name = "Tonnellerie de Vierzon", billingCity = "Vierzon", employees = 40 });
        await api.PostAsync("/api/v1/accounts", new { name = "Cave de Bourges", billingCity = "Bourges", employees = 40 });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("list-conditions", async page =>
        {
            await page.GotoAsync("/accounts");
            await AddConditionAsync(page, "Ville (facturation)", "est", "Vierzon");
            await Expect(page).ToHaveURLAsync(new Regex(@"cond\.billingCity\.eq=Vierzon"));
            await Expect(page.RowWith("Cave de Vierzon")).ToHaveCountAsync(1);
            await Expect(page.RowWith("Tonnellerie de Vierzon")).ToHaveCountAsync(1);
            await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(0);

            await AddConditionAsync(page, "Effectif", ">", "10");
            await Expect(page.RowWith("Cave de Vierzon")).ToHaveCountAsync(0);
            await Expect(page.RowWith("Tonnellerie de Vierzon")).ToHaveCountAsync(1);
            await session.ScreenshotAsync("list-conditions");

            await page.ReloadAsync();
            await Expect(page.GetByText("Effectif > 10")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(2); // the heading and the one account

            await page.GetByRole(AriaRole.Link, new() { Name = "Retirer la condition : Effectif > 10" }).ClickAsync();
            await Expect(page.RowWith("Cave de Vierzon")).ToHaveCountAsync(1);
            await page.GetByRole(AriaRole.Link, new() { Name = "Effacer les filtres" }).ClickAsync();
            await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(1);
        });
    }

    /// <summary>Picks the field (the page comes back with its operators), then the operator and the value.</summary>
    private static async Task AddConditionAsync(IPage page, string field, string op, string value)
    {
        await page.Field("Champ").SelectOptionAsync(new SelectOptionValue { Label = field });
        await Expect(page.Field("Opérateur")).ToBeVisibleAsync();
        await page.Field("Opérateur").SelectOptionAsync(new SelectOptionValue { Label = op });
        // « est » takes one value: the second input, for « entre », stays hidden.
        await Expect(page.Field("et (pour « entre »)")).ToBeHiddenAsync();
        await page.Field("Valeur").FillAsync(value);
        await page.Button("Ajouter la condition").ClickAsync();
        await Expect(page.Field("Opérateur")).ToHaveCountAsync(0);
    }
}
