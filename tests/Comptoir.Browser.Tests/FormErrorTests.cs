using System.Text.RegularExpressions;
using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// Where a refused save says what went wrong: a summary at the top that has the focus, each error a
/// link to its input, and one message under a field, not two.
/// </summary>
public sealed class FormErrorTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_duplicate_picklist_value_is_summarised_at_the_top_and_its_link_leads_to_the_input()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("picklist-duplicate", async page =>
        {
            await page.GotoAsync("/settings/picklists");
            var industry = page.Locator("#list-accounts-industry");
            var input = industry.GetByLabel("Nouvelle valeur (français)");
            await input.FillAsync("Banque");
            await industry.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Ajouter la valeur") }).ClickAsync();

            // The page comes back at its top: the summary is on screen and has the focus.
            var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "La valeur « Banque » est en double." });
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary).ToBeInViewportAsync();
            await session.ScreenshotAsync("picklist-summary");

            await summary.GetByRole(AriaRole.Link, new() { Name = "La valeur « Banque » est en double." }).ClickAsync();
            await Expect(input).ToBeFocusedAsync();
            await Expect(input).ToBeInViewportAsync();
            await Expect(input).ToHaveValueAsync("Banque");
            await Expect(input).ToHaveAccessibleDescriptionAsync("La valeur « Banque » est en double.");
        });
    }

    [Fact]
    public async Task A_refused_account_form_focuses_its_summary_whose_links_lead_to_the_fields()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("record-summary", async page =>
        {
            await CreateAccountAsync(page, "Scierie Mère");
            var mother = page.Url;
            await CreateAccountAsync(page, "Scierie Fille", parent: "Scierie Mère");

            // The mother under her own daughter: the hierarchy would loop.
            await page.GotoAsync(mother + "/edit");
            await ChooseAsync(page, "Compte parent", "Scierie Fille");
            await page.Button("Enregistrer").ClickAsync();

            var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "la hiérarchie tournerait en rond" });
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary).ToBeInViewportAsync();
            await session.ScreenshotAsync("record-summary");

            // « Compte parent » is a search box beside a hidden id: the link leads to the box the user types in.
            await summary.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Compte parent") }).ClickAsync();
            await Expect(page.Field("Compte parent")).ToBeFocusedAsync();
            await Expect(page.Field("Compte parent")).ToBeInViewportAsync();
            await Expect(page.Field("Compte parent")).ToHaveValueAsync("Scierie Fille");
        });
    }

    [Fact]
    public async Task An_invalid_email_shows_one_message_under_its_field_while_typed_and_after_the_save()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("email-one-message", async page =>
        {
            await page.GotoAsync("/accounts/new");
            var email = page.Field("Email");
            var messages = MessagesUnder(email);
            await email.FillAsync("compta@boulangerie");
            await Expect(messages).ToHaveCountAsync(1);
            await Expect(messages).ToHaveTextAsync(new Regex("semble incorrecte"));

            await page.Field("Nom compte").FillAsync("Boulangerie Martin");
            await page.Button("Enregistrer").ClickAsync();
            await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
            await Expect(email).ToHaveValueAsync("compta@boulangerie");
            await Expect(messages).ToHaveCountAsync(1);
            await Expect(messages).ToHaveTextAsync("Adresse email invalide (exemple : nom@societe.fr).");
            await Expect(email).ToHaveAccessibleDescriptionAsync("Adresse email invalide (exemple : nom@societe.fr).");
            await session.ScreenshotAsync("email-one-message");

            // Typing again: still one message, about what is in the box now.
            await email.PressSequentiallyAsync("-sud");
            await Expect(messages).ToHaveCountAsync(1);
            await Expect(email).ToHaveAccessibleDescriptionAsync(new Regex("^Cette adresse email semble incorrecte"));
            await email.FillAsync("compta@boulangerie.fr");
            await Expect(messages).ToHaveCountAsync(0);
            await page.Button("Enregistrer").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Boulangerie Martin", Level = 1 })).ToBeVisibleAsync();
        });
    }

    private static async Task CreateAccountAsync(IPage page, string name, string? parent = null)
    {
        await page.GotoAsync("/accounts/new");
        await page.Field("Nom compte").FillAsync(name);
        if (parent is not null) await ChooseAsync(page, "Compte parent", parent);
        await page.Button("Enregistrer").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Types the start of a name in a reference picker and picks the suggestion.</summary>
    private static async Task ChooseAsync(IPage page, string label, string name)
    {
        await page.Field(label).FillAsync(name[..^2]);
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^" + Regex.Escape(name)) }).ClickAsync();
        await Expect(page.Field(label)).ToHaveValueAsync(name);
    }

    /// <summary>The texts shown below an input (help, warning, error), each a visible element with words in it.</summary>
    private static ILocator MessagesUnder(ILocator input) =>
        input.Locator("xpath=following-sibling::*").Filter(new() { Visible = true, HasTextRegex = new Regex("\\S") });
}
