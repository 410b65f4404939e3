using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// The reference pickers of the account form: « + » creates the referenced record in a dialog without
/// losing what was typed, « Sélectionner » chooses one from a searchable list; both by keyboard too.
/// </summary>
public sealed class RecordPickerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static ILocator DialogField(ILocator dialog, string label) =>
        dialog.GetByLabel(new Regex(@"^\s*" + Regex.Escape(label) + @"(\s*\*)?(\s*\(obligatoire\))?\s*$"));

    [Fact]
    public async Task Plus_creates_a_price_list_in_a_dialog_selects_it_and_keeps_the_account_form()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        // The refused creation below answers 422 with the form and its errors, by design (site.js shows them).
        session.ExpectStatus(422, "/price-lists/quick-create");
        await session.RunAsync("picker-create", async page =>
        {
            // A product of the catalogue, to simulate a price with at the end.
            await page.GotoAsync("/products/new");
            await page.Field("Référence").FillAsync("FUT-30L");
            await page.Field("Nom").FillAsync("Fût de bière 30 L");
            await page.Field("Prix de vente HT").FillAsync("12,00");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fût de bière 30 L", Level = 1 })).ToBeVisibleAsync();

            await page.GotoAsync("/accounts/new");
            await page.Field("Nom compte").FillAsync("Brasserie du Port");
            await page.Field("Téléphone").FillAsync("04 78 42 17 26");

            var plus = page.Button("Créer : Tarification");
            await plus.ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Créer : Grille tarifaire" });
            await Expect(dialog).ToBeVisibleAsync();
            await Expect(DialogField(dialog, "Nom")).ToBeFocusedAsync();

            // Refused first: the error shows beside the input, inside the dialog, which stays open.
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Créer et sélectionner" }).ClickAsync();
            await Expect(DialogField(dialog, "Nom")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(DialogField(dialog, "Nom")).ToHaveAccessibleDescriptionAsync(new Regex("« Nom » est obligatoire\\."));
            await session.ScreenshotAsync("quick-create-error");

            await DialogField(dialog, "Nom").FillAsync("Tarif revendeurs");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Créer et sélectionner" }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await Expect(page.Field("Tarification")).ToHaveValueAsync("Tarif revendeurs");
            await Expect(plus).ToBeFocusedAsync();
            await Expect(page.Field("Nom compte")).ToHaveValueAsync("Brasserie du Port");
            await Expect(page.Field("Téléphone")).ToHaveValueAsync("04 78 42 17 26");
            Assert.EndsWith("/accounts/new", page.Url, StringComparison.Ordinal);

            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Brasserie du Port", Level = 1 })).ToBeVisibleAsync();
            // « Comptabilité » was left empty: a ledger account was generated from the name.
            await Expect(page.ValueOf("Comptabilité")).ToHaveTextAsync("411BRASSERI – Brasserie du Port");

            // « Simuler un prix »: the new list has no line for the product, so its catalogue price applies.
            var simulator = page.Locator("#price-simulator");
            var product = await simulator.Locator("option", new() { HasText = "FUT-30L – Fût de bière 30 L" }).GetAttributeAsync("value");
            await simulator.GetByLabel("Produit").SelectOptionAsync(product!);
            await simulator.GetByLabel("Quantité", new() { Exact = true }).FillAsync("150");
            await simulator.GetByRole(AriaRole.Button, new() { Name = "Calculer" }).ClickAsync();
            await Expect(page.Locator("#price-simulator")).ToContainTextAsync(new Regex(@"1\s800,00\s€"));
            await session.ScreenshotAsync("price-simulated");

            await page.Tab("Détails").ClickAsync();
            await Expect(page.ValueOf("Tarification")).ToHaveTextAsync("Tarif revendeurs");
        });
    }

    [Fact]
    public async Task Select_opens_a_searchable_list_and_chooses_an_existing_ledger_account()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("picker-select", async page =>
        {
            await page.GotoAsync("/ledger-accounts/new");
            await page.Field("Code").FillAsync("411CAVE");
            await page.Field("Libellé").FillAsync("Cave des Halles");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "411CAVE – Cave des Halles", Level = 1 })).ToBeVisibleAsync();

            await page.GotoAsync("/accounts/new");
            await page.Field("Nom compte").FillAsync("Cave des Halles");
            var select = page.Button("Sélectionner : Comptabilité");

            // Escape closes the dialog and gives the focus back to the button.
            await select.ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Sélectionner : Comptabilité" });
            await Expect(dialog).ToBeVisibleAsync();
            // Once open, the focus is in its search box (and Bootstrap keeps it inside the dialog).
            await Expect(dialog.GetByLabel("Rechercher", new() { Exact = true })).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Escape");
            await Expect(dialog).ToBeHiddenAsync();
            await Expect(select).ToBeFocusedAsync();

            await page.Keyboard.PressAsync("Enter");
            await Expect(dialog).ToBeVisibleAsync();
            var search = dialog.GetByLabel("Rechercher", new() { Exact = true });
            await Expect(search).ToBeFocusedAsync();
            await search.FillAsync("411ca");
            var choice = dialog.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^411CAVE – Cave des Halles") });
            await Expect(choice).ToBeVisibleAsync();
            await session.ScreenshotAsync("select-dialog");
            await choice.ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await Expect(page.Field("Comptabilité")).ToHaveValueAsync("411CAVE – Cave des Halles");
            await Expect(select).ToBeFocusedAsync();
            await Expect(page.Field("Nom compte")).ToHaveValueAsync("Cave des Halles");

            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cave des Halles", Level = 1 })).ToBeVisibleAsync();
            await page.Tab("Détails").ClickAsync();
            await Expect(page.ValueOf("Comptabilité")).ToHaveTextAsync("411CAVE – Cave des Halles");
        });
    }
}
