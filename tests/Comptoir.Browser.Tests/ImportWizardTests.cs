using System.Text;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// The import wizard as a team leaving KAFINEA uses it: the Excel export (Windows-1252, « ; ») is read and previewed,
/// its columns mapped by their KAFINEA names, « Vérifier » lists the bad rows, « Importer » runs in the background to
/// its report, a duplicate of an existing account completes it (« Fusionner »), and « Annuler l'import » sends what it
/// created to the recycle bin and puts the completed account back as it was, after a confirmation.
/// </summary>
public sealed class ImportWizardTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string File = "Nom du compte;Ville (facturation);SIRET\r\n"
        + "Boulangerie Lefèvre Import;Brest;732 829 320 00074\r\n"
        + ";Quimper;\r\n"
        + "Crêperie Ty Nevez Import;Rennes;73282932000075\r\n"
        + "Épicerie Kerbrat Import SARL;Morlaix;\r\n";

    static ImportWizardTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public async Task A_windows_1252_export_is_checked_imported_reported_and_undone()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        var kerbrat = (await api.PostAsync("/api/v1/accounts", new { name = "Épicerie Kerbrat Import" }))["id"]!.GetValue<long>();
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("import-wizard", async page =>
        {
            await page.GotoAsync("/accounts");
            await page.GetByRole(AriaRole.Link, new() { Name = "Importer" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Importer dans « Comptes clients »" })).ToBeVisibleAsync();

            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(new FilePayload
            {
                Name = "export-kafinea.csv",
                MimeType = "text/csv",
                Buffer = Encoding.GetEncoding(1252).GetBytes(File),
            });
            await Expect(page.Locator("#import-detected")).ToContainTextAsync("Lu en windows-1252, séparateur « ; »");
            await Expect(page.Locator("#import-preview-table")).ToContainTextAsync("Boulangerie Lefèvre Import");
            await Expect(page.Locator("#import-preview-table")).ToContainTextAsync("Crêperie Ty Nevez Import");
            await Expect(page.GetByLabel("Champ : Nom du compte")).ToHaveValueAsync("name");
            await Expect(page.GetByLabel("Champ : SIRET")).ToHaveValueAsync("siret");

            // A duplicate of an existing account on its name, legal form aside: it completes that account.
            await Expect(page.GetByLabel("Nom compte", new() { Exact = true })).ToBeCheckedAsync();
            await page.GetByLabel("Fusionner : le fichier complète seulement les champs vides de l'enregistrement").CheckAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
            await Expect(page.Locator("#import-check-summary")).ToHaveTextAsync("1 à créer, 1 à mettre à jour, 0 ignorées, 2 refusées : rien n'a été écrit.", new() { Timeout = 30_000 });
            var errors = page.Locator("#import-check-errors tbody tr");
            await Expect(errors).ToHaveCountAsync(2);
            await Expect(errors.Nth(0)).ToContainTextAsync("3");
            await Expect(errors.Nth(1)).ToContainTextAsync("clé de contrôle");

            await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
            await Expect(page.Locator("#import-report")).ToHaveTextAsync("1 créés, 1 mis à jour, 0 ignorés, 2 refusés.", new() { Timeout = 30_000 });
            await Expect(page.Locator("#import-errors tbody tr")).ToHaveCountAsync(2);
            await Expect(page.Locator("#import-rejects")).ToBeVisibleAsync();
            var imported = page.Url;

            await page.GotoAsync("/accounts?q=Import");
            await Expect(page.Locator("table.records-table tbody tr")).ToHaveCountAsync(2);
            await page.GotoAsync($"/accounts/{kerbrat}/details");
            await Expect(page.GetByText("Morlaix")).ToBeVisibleAsync();

            await page.GotoAsync(imported);
            await page.GetByRole(AriaRole.Button, new() { Name = "Annuler l'import" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Annuler l'import ?" });
            await Expect(dialog).ToContainTextAsync("L'enregistrement créé par cet import part à la corbeille");
            await Expect(dialog).ToContainTextAsync("reprennent leurs valeurs d'avant l'import");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Annuler l'import" }).ClickAsync();
            await Expect(page.Locator("#import-undone")).ToContainTextAsync("Import annulé : 1 envoyés à la corbeille, 1 remis comme avant l'import", new() { Timeout = 30_000 });
            await Expect(page.Locator("#import-undo")).ToHaveCountAsync(0);

            await page.GotoAsync("/recycle-bin");
            await Expect(page.GetByText("Boulangerie Lefèvre Import")).ToBeVisibleAsync();
            await page.GotoAsync($"/accounts/{kerbrat}/details");
            await Expect(page.GetByText("Épicerie Kerbrat Import").First).ToBeVisibleAsync();
            await Expect(page.GetByText("Morlaix")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task A_default_value_fills_the_empty_cells_and_a_saved_mapping_comes_back_with_the_same_columns()
    {
        const string file = "Intitulé client;Ville\r\nDéfaut Alpha;\r\nDéfaut Bravo;Lorient\r\n";
        var payload = new FilePayload { Name = "commerciaux.csv", MimeType = "text/csv", Buffer = Encoding.GetEncoding(1252).GetBytes(file) };
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("import-defaults-mapping", async page =>
        {
            await page.GotoAsync("/imports/new?module=accounts");
            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(payload);
            await Expect(page.Locator("#import-preview-table")).ToContainTextAsync("Défaut Alpha");
            await page.GetByLabel("Champ : Intitulé client").SelectOptionAsync("name");
            await page.GetByLabel("Champ : Ville").SelectOptionAsync("billingCity");

            await page.Locator("#import-default-field").SelectOptionAsync("billingCity");
            await page.Locator("#import-default-value").FillAsync("Vannes");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ajouter" }).ClickAsync();
            await Expect(page.Locator("input[data-default-key='billingCity']")).ToHaveValueAsync("Vannes");

            await page.GetByLabel("Enregistrer cette correspondance sous le nom").FillAsync("Fichier des commerciaux");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la correspondance" }).ClickAsync();
            await Expect(page.Locator("#import-save-status")).ToContainTextAsync("Correspondance « Fichier des commerciaux » enregistrée");

            await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
            await Expect(page.Locator("#import-report")).ToHaveTextAsync("2 créés, 0 mis à jour, 0 ignorés, 0 refusés.", new() { Timeout = 30_000 });
            await page.GotoAsync("/accounts?q=Défaut&sort=name&columns=name&columns=billingCity");
            var cities = await page.Locator("table.records-table tbody td[data-field='billingCity']").AllInnerTextsAsync();
            Assert.Equal(["Vannes", "Lorient"], cities.Select(c => c.Trim()));

            // The same columns next time: the saved mapping and its default are applied, and said so.
            await page.GotoAsync("/imports/new?module=accounts");
            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(payload);
            await Expect(page.Locator("#import-saved-applied")).ToContainTextAsync("Correspondance « Fichier des commerciaux » appliquée");
            await Expect(page.GetByLabel("Champ : Intitulé client")).ToHaveValueAsync("name");
            await Expect(page.Locator("input[data-default-key='billingCity']")).ToHaveValueAsync("Vannes");
            await Expect(page.Locator("#import-saved-select")).ToHaveValueAsync("Fichier des commerciaux");
        });
    }
    [Fact]
    public async Task An_administrator_creates_the_missing_field_from_the_mapping_step_and_imports_into_it()
    {
        const string file = "Nom du compte;Fidélité\r\nChamp Alpha;Or\r\nChamp Bravo;Argent\r\n";
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("import-new-field", async page =>
        {
            await page.GotoAsync("/imports/new?module=accounts");
            await page.GetByLabel("Fichier CSV").SetInputFilesAsync(new FilePayload
            {
                Name = "fidelite.csv", MimeType = "text/csv", Buffer = Encoding.GetEncoding(1252).GetBytes(file),
            });
            await Expect(page.Locator("#import-preview-table")).ToContainTextAsync("Champ Alpha");
            var column = page.GetByLabel("Champ : Fidélité");
            await column.SelectOptionAsync(new SelectOptionValue { Label = "+ Créer un champ…" });

            var panel = page.GetByRole(AriaRole.Group, new() { Name = "Nouveau champ pour la colonne « Fidélité »" });
            await Expect(panel).ToBeVisibleAsync();
            await Expect(panel.GetByLabel("Libellé")).ToHaveValueAsync("Fidélité");
            await panel.GetByLabel("Libellé").FillAsync("Niveau de fidélité");
            await panel.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Liste déroulante" });
            await panel.GetByRole(AriaRole.Button, new() { Name = "Créer le champ" }).ClickAsync();

            await Expect(page.Locator("#import-new-field-status")).ToHaveTextAsync(
                "Champ « Niveau de fidélité » ajouté au module : la colonne « Fidélité » y sera importée.");
            await Expect(panel).ToBeHiddenAsync();
            await Expect(column.Locator("option:checked")).ToHaveTextAsync("Niveau de fidélité");

            await page.GetByRole(AriaRole.Button, new() { Name = "Importer", Exact = true }).ClickAsync();
            await Expect(page.Locator("#import-report")).ToHaveTextAsync("2 créés, 0 mis à jour, 0 ignorés, 0 refusés.", new() { Timeout = 30_000 });
            await page.GotoAsync("/accounts?q=Champ%20Bravo");
            await page.GetByRole(AriaRole.Link, new() { Name = "Champ Bravo" }).First.ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/accounts/\d+$"));
            await page.GotoAsync(new Uri(page.Url).AbsolutePath + "/details");
            await Expect(page.GetByText("Argent", new() { Exact = true })).ToBeVisibleAsync();
        });
    }
}
