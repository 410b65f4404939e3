using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>Errors, editing, deleting, keyboard use and the phone layout of the account pages.</summary>
public sealed class AccountPagesTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Errors_are_shown_next_to_the_fields_and_what_was_typed_is_kept()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("errors", async page =>
        {
            await page.GotoAsync("/accounts/new");
            await page.Field("Téléphone").FillAsync("04 78 42 17 26");
            await page.Field("SIRET").FillAsync("732 829 320 00075");
            await page.Button("Enregistrer").ClickAsync();

            var name = page.Field("Nom compte");
            await Expect(name).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(name).ToHaveAccessibleDescriptionAsync(new Regex("« Nom compte » est obligatoire\\."));
            await Expect(page.Field("SIRET")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Field("SIRET")).ToHaveAccessibleDescriptionAsync(new Regex("Ce SIRET n'est pas valide"));
            await Expect(page.Field("Téléphone")).ToHaveValueAsync("04 78 42 17 26");
            await Expect(page.Field("SIRET")).ToHaveValueAsync(new Regex("^732 ?829 ?320 ?00075$"));
            await session.ScreenshotAsync("form-errors");

            await page.GotoAsync("/accounts");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comptes clients", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.RowWith("04 78 42 17 26")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task An_account_is_edited_then_deleted_after_confirmation()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("edit-delete", async page =>
        {
            await CreateAccountAsync(page, "Fromagerie Martin", city: "Annecy");

            await page.GetByRole(AriaRole.Link, new() { Name = "Modifier", Exact = true })
                .Or(page.Button("Modifier")).First.ClickAsync();
            await Expect(page.Field("Ville (facturation)")).ToHaveValueAsync("Annecy");
            await page.Field("Ville (facturation)").FillAsync("Chambéry");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fromagerie Martin", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.ValueOf("Ville (facturation)")).ToHaveTextAsync("Chambéry");
            // The Résumé's latest changes say what it was.
            await Expect(page.GetByText("Annecy").First).ToBeVisibleAsync();

            var dialog = page.GetByRole(AriaRole.Dialog);
            await page.Button("Supprimer").ClickAsync();
            await Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuler", Exact = true }).ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await page.ReloadAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fromagerie Martin", Level = 1 })).ToBeVisibleAsync();

            await page.Button("Supprimer").ClickAsync();
            await Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Supprimer", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/accounts/?(\\?.*)?$"));
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("\\S") }).First).ToBeVisibleAsync();
            await Expect(page.RowWith("Fromagerie Martin")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The_form_is_filled_and_submitted_from_the_keyboard()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("keyboard", async page =>
        {
            await page.GotoAsync("/accounts/new");
            var name = page.Field("Nom compte");
            await page.Locator("label").Filter(new() { HasTextRegex = new Regex("^\\s*Nom compte") }).ClickAsync();
            await Expect(name).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("Menuiserie Clavier");
            await page.Keyboard.PressAsync("Tab");
            await Expect(name).Not.ToBeFocusedAsync();

            // Tab on until a submit button (the one below the last field) has the focus: it must be reachable without a mouse.
            var saves = page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true });
            for (var i = 0; i < 120 && !await saves.EvaluateAllAsync<bool>("bs => bs.includes(document.activeElement)"); i++)
                await page.Keyboard.PressAsync("Tab");
            Assert.True(await saves.EvaluateAllAsync<bool>("bs => bs.includes(document.activeElement)"), "Tab never reached « Enregistrer ».");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Menuiserie Clavier", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task On_a_phone_the_list_and_the_form_fit_the_screen_and_the_menu_collapses()
    {
        await using var session = await BrowserSession.OpenAsync(fixture, width: 390, height: 844);
        await session.RunAsync("phone", async page =>
        {
            await CreateAccountAsync(page, "Pâtisserie des Écoles, maison fondée en 1923 à Saint-Rémy-de-Provence", city: "Saint-Rémy-de-Provence");

            await page.GotoAsync("/accounts/new");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir le menu" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ventes" })).ToBeHiddenAsync();
            await AssertNoHorizontalOverflowAsync(page);
            await session.ScreenshotAsync("form-phone");

            await page.OpenMenuAsync("Ventes", "Comptes clients");
            await Expect(page.RowWith("Pâtisserie des Écoles").First).ToBeAttachedAsync();
            await AssertNoHorizontalOverflowAsync(page);
            await session.ScreenshotAsync("list-phone");
        });
    }

    private static async Task CreateAccountAsync(IPage page, string name, string city)
    {
        await page.GotoAsync("/accounts/new");
        await page.Field("Nom compte").FillAsync(name);
        await page.Field("Ville (facturation)").FillAsync(city);
        await page.Button("Enregistrer").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    private static async Task AssertNoHorizontalOverflowAsync(IPage page)
    {
        var (scroll, inner) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"),
                               await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scroll <= inner + 1, $"The page is {scroll}px wide on a {inner}px screen: it scrolls sideways.");
    }
}
