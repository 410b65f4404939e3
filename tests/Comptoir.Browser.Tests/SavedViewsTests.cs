using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// « Vues »: the administrator saves a filtered list as a shared view; another user picks it, makes it their default
/// (applied on opening the list), and « Tous » brings every row back.
/// </summary>
public sealed class SavedViewsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string ClairePassword = "Vierzon-Cave-Tonneau-42";

    [Fact]
    public async Task A_shared_view_saved_by_the_admin_is_picked_and_made_default_by_another_user()
    {
        using (var api = await AppApi.SignInAsync(fixture.App))
        {
            await api.PostAsync("/api/v1/accounts", new { name = "Cave de Vierzon", billingCity = "Vierzon" });
            await api.PostAsync("/api/v1/accounts", new { name = "Tonnellerie de Vierzon", billingCity = "Vierzon" });
            await api.PostAsync("/api/v1/accounts", new { name = "Cave de Bourges", billingCity = "Bourges" });
        }

        await using (var admin = await BrowserSession.OpenAsync(fixture))
        {
            await admin.RunAsync("views-admin", async page =>
            {
                await page.GotoAsync("/settings/users/new");
                await page.Field("Identifiant").FillAsync("claire");
                await page.Field("Nom affiché").FillAsync("Claire Martin");
                await page.Field("Mot de passe").FillAsync(ClairePassword);
                await page.Button("Enregistrer").ClickAsync();
                await Expect(page).Not.ToHaveURLAsync(new Regex("/settings/users/new"));

                await page.GotoAsync("/accounts");
                await AddConditionAsync(page, "Ville (facturation)", "est", "Vierzon");
                await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(0);

                var save = page.Locator("details.views-save");
                await save.Locator("summary").ClickAsync();
                await save.GetByLabel("Nom de la vue").FillAsync("Vierzon");
                await save.GetByLabel("Partager avec tout le monde").CheckAsync();
                await save.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
                await Expect(page).ToHaveURLAsync(new Regex(@"/accounts\?view=\d+$"));
                await Expect(page.GetByText("La vue « Vierzon » est enregistrée.")).ToBeVisibleAsync();
            });
        }

        await using var session = await BrowserSession.OpenAsync(fixture, signedIn: false);
        await session.RunAsync("views-other-user", async page =>
        {
            await page.GotoAsync("/login");
            await page.GetByLabel("Identifiant").FillAsync("claire");
            await page.GetByLabel("Mot de passe").FillAsync(ClairePassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

            await page.GotoAsync("/accounts");
            await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(1);

            // Picking the view shows it at once (saved-views.js submits the choice).
            await ViewsSelect(page).SelectOptionAsync(new SelectOptionValue { Label = "Vierzon (partagée)" });
            await Expect(page).ToHaveURLAsync(new Regex(@"view=\d+"));
            await Expect(page.RowWith("Cave de Vierzon")).ToHaveCountAsync(1);
            await Expect(page.RowWith("Tonnellerie de Vierzon")).ToHaveCountAsync(1);
            await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(3); // the heading and the two accounts of Vierzon
            // Not hers: she may not rename or delete it.
            await Expect(page.Locator("details.views-delete")).ToHaveCountAsync(0);

            var edit = page.Locator("details.views-edit");
            await edit.Locator("summary").ClickAsync();
            await edit.GetByLabel("Vue par défaut").CheckAsync();
            await edit.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
            await Expect(page.GetByText("La vue « Vierzon » est enregistrée.")).ToBeVisibleAsync();

            // Her default: applied on opening the list without parameters.
            await page.GotoAsync("/accounts");
            await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(0);
            await Expect(page.RowWith("Cave de Vierzon")).ToHaveCountAsync(1);
            await Expect(ViewsSelect(page)).ToHaveValueAsync(new Regex(@"^\d+$"));
            await session.ScreenshotAsync("saved-views-default");

            await ViewsSelect(page).SelectOptionAsync(new SelectOptionValue { Label = "Tous" });
            await Expect(page).ToHaveURLAsync(new Regex(@"view=all"));
            await Expect(page.RowWith("Cave de Bourges")).ToHaveCountAsync(1);
            await Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        });
    }

    /// <summary>The « Vues » choice (the bar around it is also labelled « Vues »).</summary>
    private static ILocator ViewsSelect(IPage page) => page.GetByRole(AriaRole.Combobox, new() { Name = "Vues", Exact = true });

    /// <summary>As in ListConditionsTests: the field (the page comes back with its operators), the operator, the value.</summary>
    private static async Task AddConditionAsync(IPage page, string field, string op, string value)
    {
        await page.Field("Champ").SelectOptionAsync(new SelectOptionValue { Label = field });
        await Expect(page.Field("Opérateur")).ToBeVisibleAsync();
        await page.Field("Opérateur").SelectOptionAsync(new SelectOptionValue { Label = op });
        await page.Field("Valeur").FillAsync(value);
        await page.Button("Ajouter la condition").ClickAsync();
        await Expect(page.Field("Opérateur")).ToHaveCountAsync(0);
    }
}
