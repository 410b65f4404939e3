using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Comptoir.Browser.Tests;

/// <summary>
/// Lists and the layout manager as an administrator leaves them after adding custom columns: words
/// stay whole, phones and addresses stay on one line, and a phone never scrolls the page sideways
/// (a wide table scrolls inside its own box).
/// </summary>
public sealed class ListLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly string[] PhonePages = ["/settings/layout/accounts", "/accounts", "/contacts", "/ledger-accounts", "/products", "/price-lists", "/recycle-bin", "/profile"];

    // How many lines the text of an element takes, counted from the boxes of its text.
    private const string LineCount = """
        cell => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top))).size;
        }
        """;

    [Fact]
    public async Task Owner_phone_and_website_stay_on_one_line_when_custom_columns_widen_the_list()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        await AddListColumnsAsync(api, "Code fidélité client", "Référence interne du dossier", "Date de dernière visite", "Commercial référent secondaire");
        await api.PostAsync("/api/v1/accounts", new { name = "Agence Pixel & Papier", phone = "01 78 21 43 16", website = "https://www.pixel-et-papier.fr" });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("list-whole-words", async page =>
        {
            await page.GotoAsync("/accounts");
            var row = page.RowWith("Agence Pixel & Papier");
            foreach (var (field, text) in new[] { ("assignedTo", "Administrateur"), ("phone", "01 78 21 43 16"), ("website", "https://www.pixel-et-papier.fr") })
            {
                var cell = row.Locator($"td[data-field={field}]");
                Assert.Equal(text, (await cell.InnerTextAsync()).Trim());
                Assert.True(await cell.EvaluateAsync<int>(LineCount) == 1, $"« {text} » wraps onto several lines");
            }
            await session.ScreenshotAsync("list-custom-columns");
        });
    }

    [Fact]
    public async Task On_a_phone_the_layout_manager_and_the_list_do_not_scroll_sideways()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        // A long block label makes the « Déplacer vers le bloc » choice as wide as the label.
        await api.PostAsync("/api/v1/metadata/accounts/blocks", new { label = "Informations complémentaires de facturation et de relance" });
        await AddListColumnsAsync(api, "Canal d'acquisition", "Interlocuteur comptable", "Numéro de client fournisseur");
        var account = await api.PostAsync("/api/v1/accounts", new { name = "Boulangerie du Centre", phone = "03 88 12 34 56", website = "https://www.boulangerie-centre.fr" });
        await api.PostAsync("/api/v1/contacts", new { lastName = "Meyer", firstName = "Jean", account = account["id"]!.GetValue<long>(), email = "jean.meyer@boulangerie-centre.fr" });
        // A row in the recycle bin, as the profile has the token AppApi signed in with: tables with a hidden « Actions » heading.
        await api.DeleteAsync("/api/v1/accounts/" + (await api.PostAsync("/api/v1/accounts", new { name = "Ancienne Quincaillerie Générale du Centre-Ville" }))["id"]);

        await using var session = await BrowserSession.OpenAsync(fixture, width: 390, height: 844);
        await session.RunAsync("phone-width", async page =>
        {
            foreach (var path in PhonePages.Append($"/accounts/{account["id"]}/contacts"))
            {
                await page.GotoAsync(path);
                var (width, viewport) = await Widths(page);
                Assert.True(width <= viewport, $"{path}: the page is {width} px wide in a {viewport} px screen");
            }

            // The list, wider than the screen with its columns, scrolls inside its own box.
            await page.GotoAsync("/accounts");
            var box = page.Locator(".table-responsive").Filter(new() { Has = page.Locator("table.records-table") });
            var (content, visible) = await box.EvaluateAsync<int[]>("b => [b.scrollWidth, b.clientWidth]") is [var c, var v] ? (c, v) : (0, 0);
            Assert.True(content > visible, $"the list is {content} px wide in its {visible} px box");
            await session.ScreenshotAsync("phone-accounts");
        });
    }

    private static async Task<(int Width, int Viewport)> Widths(IPage page) =>
        await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]") is [var p, var v] ? (p, v) : (0, 0);

    private static async Task AddListColumnsAsync(AppApi api, params string[] labels)
    {
        foreach (var label in labels)
            await api.PostAsync("/api/v1/metadata/accounts/fields", new { type = "text", label, block = "details", listColumn = true });
        foreach (var key in new[] { "phone", "website", "assignedTo" })
            await api.PatchAsync($"/api/v1/metadata/accounts/fields/{key}", new { listColumn = true });
    }
}
