using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// The layout manager as an administrator uses it: add a field, make it mandatory, move it, and see
/// the account form change on the very next page, with no restart.
/// </summary>
public sealed class LayoutManagerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_added_field_made_mandatory_and_moved_up_changes_the_account_form()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("layout-manager", async page =>
        {
            await page.GotoAsync("/accounts");
            await page.OpenMenuAsync("Paramètres", "Agencement des formulaires");
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Comptes clients") }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Ajouter un champ" }).ClickAsync();

            await page.Field("Type").SelectOptionAsync(new SelectOptionValue { Label = "Texte" });
            await page.Field("Libellé en français").FillAsync("Code fidélité");
            await page.Field("Libellé en anglais").FillAsync("Loyalty code");
            await page.Field("Bloc").SelectOptionAsync(new SelectOptionValue { Label = "Détails du compte" });
            await page.Button("Ajouter le champ").ClickAsync();

            var row = page.Locator("[data-field-key=cf_code_fidelite]");
            await Expect(row).ToContainTextAsync("Code fidélité");
            await session.ScreenshotAsync("layout-field-added");

            // Mandatory, through the field's own page.
            await row.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Modifier") }).ClickAsync();
            await page.GetByRole(AriaRole.Switch, new() { Name = "Obligatoire" }).CheckAsync();
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.Locator("[data-field-key=cf_code_fidelite]")).ToContainTextAsync("Obligatoire");

            // Up three places with the keyboard-accessible buttons: it lands above « Assigné à ».
            for (var i = 0; i < 3; i++)
            {
                var rows = page.Locator("[data-field-key]");
                var keys = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.fieldKey)");
                var at = Array.IndexOf(keys, "cf_code_fidelite");
                var up = page.Locator("[data-field-key=cf_code_fidelite]").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Monter") });
                // Enter on the focused button posts its form; the page comes back (PRG) with the field one place higher.
                await up.PressAsync("Enter");
                await Expect(rows.Nth(at - 1)).ToHaveAttributeAsync("data-field-key", "cf_code_fidelite");
            }
            var order = await page.Locator("[data-field-key]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.fieldKey)");
            Assert.True(Array.IndexOf(order, "cf_code_fidelite") < Array.IndexOf(order, "assignedTo"), string.Join(", ", order));
            await session.ScreenshotAsync("layout-field-moved");

            // The account form follows at once: the field is there, mandatory, in its new place.
            await page.GotoAsync("/accounts/new");
            var input = page.Field("Code fidélité");
            await Expect(input).ToBeVisibleAsync();
            await Expect(input).ToHaveAttributeAsync("aria-required", "true");
            var formOrder = await page.Locator("#block-details [name]").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.name)");
            Assert.True(Array.IndexOf(formOrder, "cf_code_fidelite") < Array.IndexOf(formOrder, "assignedTo"), string.Join(", ", formOrder));

            await page.Field("Nom compte").FillAsync("Épicerie Fidèle");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.Field("Code fidélité")).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(page.Field("Code fidélité")).ToHaveAccessibleDescriptionAsync(new Regex("« Code fidélité » est obligatoire\\."));
            await Expect(page.Field("Nom compte")).ToHaveValueAsync("Épicerie Fidèle");

            await page.Field("Code fidélité").FillAsync("OR-2026");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Épicerie Fidèle", Level = 1 })).ToBeVisibleAsync();
            await page.Tab("Détails").ClickAsync();
            await Expect(page.ValueOf("Code fidélité")).ToHaveTextAsync("OR-2026");
        });
    }
}
