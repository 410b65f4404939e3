using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>A salesperson adds people to an account: the account's addresses are offered, never copied silently.</summary>
public sealed class ContactTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task From_an_account_add_a_contact_with_address_copy_then_choose_an_account_on_a_new_form()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("contacts", async page =>
        {
            await page.GotoAsync("/accounts/new");
            await page.Field("Nom compte").FillAsync("Boulangerie Dupont");
            await page.Field("Rue (facturation)").FillAsync("8 rue de Londres");
            await page.Field("Ville (facturation)").FillAsync("Paris");
            await page.Field("Ville (livraison)").FillAsync("Lyon");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Boulangerie Dupont", Level = 1 })).ToBeVisibleAsync();

            await page.Tab("Contacts (0)").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un contact" }).First.ClickAsync();
            await Expect(page.Field("Ville (principale)")).ToHaveValueAsync("");
            await page.Field("Nom").FillAsync("Martin");
            await page.Button("Copier les adresses du compte").ClickAsync();
            await Expect(page.Field("Ville (principale)")).ToHaveValueAsync("Paris");
            await Expect(page.Field("Ville (autre)")).ToHaveValueAsync("Lyon");
            await Expect(page.Field("Nom")).ToHaveValueAsync("Martin");
            await page.Field("Email").FillAsync("claire+achats@exemple.fr");
            await page.Field("Email").PressAsync("Enter"); // Enter saves, it does not copy again
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Martin", Level = 1 })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Boulangerie Dupont" }).First.ClickAsync();
            await page.Tab("Contacts (1)").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "claire+achats@exemple.fr" })).ToHaveAttributeAsync("href", "mailto:claire%2Bachats@exemple.fr");

            // A blank form: choosing the account in the picker offers the copy; « Ne pas copier » leaves the fields alone.
            await page.GotoAsync("/contacts/new");
            await page.Field("Nom").FillAsync("Durand");
            await page.Field("Ville (principale)").FillAsync("Nantes");
            var picker = page.GetByRole(AriaRole.Combobox, new() { Name = "Compte client" });
            await picker.FillAsync("boul");
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "Boulangerie Dupont" }).ClickAsync();
            await Expect(page.GetByText("Copier l'adresse de facturation du compte « Boulangerie Dupont »")).ToBeVisibleAsync();
            await page.Button("Ne pas copier").ClickAsync();
            await Expect(page.GetByText("Copier l'adresse de facturation du compte")).ToHaveCountAsync(0);
            await Expect(page.Field("Ville (principale)")).ToHaveValueAsync("Nantes");

            // Choosing it again by keyboard offers again; « Copier » fills both addresses.
            await picker.FillAsync("");
            await picker.PressSequentiallyAsync("boul");
            await Expect(page.Locator(".reference-results [role=option]").First).ToBeVisibleAsync();
            await picker.PressAsync("ArrowDown");
            await picker.PressAsync("Enter");
            await Expect(page.GetByText("Copier l'adresse de facturation du compte « Boulangerie Dupont »")).ToBeVisibleAsync();
            await page.Button("Copier les adresses du compte").ClickAsync();
            await Expect(page.Field("Ville (principale)")).ToHaveValueAsync("Paris");
            await Expect(page.Field("Ville (autre)")).ToHaveValueAsync("Lyon");
            await Expect(page.Field("Rue (principale)")).ToHaveValueAsync("8 rue de Londres");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Durand", Level = 1 })).ToBeVisibleAsync();
            await session.ScreenshotAsync("contact-saved");
            await page.GetByRole(AriaRole.Link, new() { Name = "Boulangerie Dupont" }).First.ClickAsync();
            await page.Tab("Contacts (2)").ClickAsync();
            await Expect(page.RowWith("Durand")).ToBeVisibleAsync();
            await session.ScreenshotAsync("account-contacts-tab");
        });
    }

    [Fact]
    public async Task An_edited_account_shows_its_change_in_Historique_then_goes_to_the_bin_and_comes_back_with_its_contact()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("account-history-bin", async page =>
        {
            await page.GotoAsync("/accounts/new");
            await page.Field("Nom compte").FillAsync("Fromagerie Lambert");
            await page.Field("Téléphone").FillAsync("01 42 68 53 00");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fromagerie Lambert", Level = 1 })).ToBeVisibleAsync();
            var accountUrl = page.Url;

            await page.Tab("Contacts (0)").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un contact" }).First.ClickAsync();
            await page.Field("Nom").FillAsync("Lambert");
            await page.Field("Prénom").FillAsync("Odile");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Odile Lambert", Level = 1 })).ToBeVisibleAsync();

            // An edit shows in Historique, old → new as the user typed them.
            await page.GotoAsync(accountUrl);
            await page.GetByRole(AriaRole.Link, new() { Name = "Modifier" }).ClickAsync();
            await page.Field("Téléphone").FillAsync("04 78 42 17 26");
            await page.Button("Enregistrer").ClickAsync();
            await page.Tab("Historique").ClickAsync();
            await Expect(page.GetByText("01 42 68 53 00")).ToBeVisibleAsync();
            await Expect(page.GetByText("04 78 42 17 26")).ToBeVisibleAsync();
            await session.ScreenshotAsync("account-history");

            // Delete asks about the contact; keep it. The account goes to the bin.
            await page.Button("Supprimer").ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Supprimer ce compte client ?" });
            await Expect(dialog.GetByLabel("Garder les contacts (sans compte)")).ToBeCheckedAsync();
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Supprimer", Exact = true }).ClickAsync();
            await page.GotoAsync("/accounts");
            await Expect(page.RowWith("Fromagerie Lambert")).ToHaveCountAsync(0);

            await page.GotoAsync("/recycle-bin");
            await page.GetByRole(AriaRole.Button, new() { Name = "Restaurer « Fromagerie Lambert »" }).ClickAsync();
            await page.GotoAsync(accountUrl);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Fromagerie Lambert", Level = 1 })).ToBeVisibleAsync();
            await page.Tab("Contacts (1)").ClickAsync();
            await Expect(page.RowWith("Lambert")).ToBeVisibleAsync();
            await page.Tab("Historique").ClickAsync();
            await Expect(page.GetByText("Restauration")).ToBeVisibleAsync();
            await session.ScreenshotAsync("account-restored");
        });
    }
}
