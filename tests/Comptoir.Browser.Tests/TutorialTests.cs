using Comptoir.Browser.Tests.Infrastructure;
using Comptoir.Tests.Shared;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// The user tutorial, click by click, on its own fresh database (so the first account is CPT-000001).
/// </summary>
public sealed class TutorialTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] Blocks = ["Détails du compte", "Détails de l'adresse", "Description"];

    [Fact]
    public async Task Login_rejects_a_wrong_password_then_greets_the_administrator()
    {
        await using var session = await BrowserSession.OpenAsync(fixture, signedIn: false);
        await session.RunAsync("login", async page =>
        {
            await page.GotoAsync("/login");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Connexion à Comptoir" })).ToBeVisibleAsync();

            await page.GetByLabel("Identifiant").FillAsync("admin");
            await page.GetByLabel("Mot de passe").FillAsync("not-the-password");
            await page.Button("Se connecter").ClickAsync();
            await Expect(page.GetByText("Identifiant ou mot de passe incorrect.")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Identifiant")).ToHaveValueAsync("admin");

            await page.GetByLabel("Mot de passe").FillAsync(KestrelApp.AdminPassword);
            await page.Button("Se connecter").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bonjour Administrateur" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Tutorial_creates_an_account_and_finds_it_again()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("tutorial", async page =>
        {
            await page.GotoAsync("/");
            await page.OpenMenuAsync("Ventes", "Comptes clients");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comptes clients", Level = 1 })).ToBeVisibleAsync();
            await session.ScreenshotAsync("list-empty");

            await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un compte client" })
                .Or(page.Button("Ajouter un compte client")).First.ClickAsync();
            foreach (var block in Blocks)
                await Expect(page.GetByRole(AriaRole.Group, new() { Name = block, Exact = true })).ToBeVisibleAsync();

            await page.Field("Nom compte").FillAsync("Boulangerie Dupont");
            await page.Field("Téléphone").FillAsync("01 42 68 53 00");
            await page.Field("Secteur").SelectOptionAsync(new SelectOptionValue { Label = "Agroalimentaire" });
            await page.Field("SIRET").FillAsync("732 829 320 00074");
            await page.Field("Site Web").FillAsync("www.boulangerie-dupont.fr");

            // The warning shows while typing, before any save.
            var email = page.Field("Email");
            // Email and Autre email each have their (hidden) warning: only the typed one may show.
            var warning = page.GetByText("Cette adresse email semble incorrecte").Filter(new() { Visible = true });
            await email.PressSequentiallyAsync("contact@boulangerie");
            await Expect(warning).ToHaveCountAsync(1);
            await session.ScreenshotAsync("form-email-warning");
            await email.PressSequentiallyAsync("-dupont.fr");
            await Expect(warning).ToHaveCountAsync(0);
            await Expect(email).ToHaveValueAsync("contact@boulangerie-dupont.fr");

            await page.Field("Type").SelectOptionAsync(new SelectOptionValue { Label = "Client" });
            await Expect(page.Field("Assigné à").Locator("option:checked")).ToHaveTextAsync("Administrateur");

            var address = new Dictionary<string, string>
            {
                ["Rue"] = "12 rue des Lilas",
                ["Code postal"] = "75011",
                ["Ville"] = "Paris",
                ["Pays"] = "France",
            };
            foreach (var (label, value) in address)
                await page.Field($"{label} (facturation)").FillAsync(value);
            await page.Button("Copier l'adresse de facturation").ClickAsync();
            foreach (var (label, value) in address)
                await Expect(page.Field($"{label} (livraison)")).ToHaveValueAsync(value);

            await page.Button("Enregistrer").ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Boulangerie Dupont", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByText("CPT-000001").First).ToBeVisibleAsync();
            await Expect(page.GetByText("01 42 68 53 00").First).ToBeVisibleAsync();
            await Expect(page.GetByText("732 829 320 00074").First).ToBeVisibleAsync();
            await Expect(page.ValueOf("Type")).ToHaveTextAsync("Client");
            await session.ScreenshotAsync("account-summary");

            await page.Tab("Détails").ClickAsync();
            await Expect(page.ValueOf("SIREN")).ToHaveTextAsync("732829320");
            await Expect(page.ValueOf("N° TVA intracommunautaire")).ToHaveTextAsync(ExpectedVat.FromSiren("732829320"));
            await Expect(page.ValueOf("Ville (livraison)")).ToHaveTextAsync("Paris");
            await session.ScreenshotAsync("account-details");

            await page.OpenMenuAsync("Ventes", "Comptes clients");
            await page.SearchListAsync("boul");
            var row = page.RowWith("Boulangerie Dupont");
            await Expect(row).ToContainTextAsync("Paris");
            await Expect(row).ToContainTextAsync("01 42 68 53 00");
            await session.ScreenshotAsync("list");

            await page.SearchListAsync("zzz-nothing-matches");
            await Expect(page.RowWith("Boulangerie Dupont")).ToHaveCountAsync(0);
            await page.SearchListAsync("73282932000074");
            await Expect(page.RowWith("Boulangerie Dupont")).ToHaveCountAsync(1);
        });
    }
}
