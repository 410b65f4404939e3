using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>« Enregistrer » and « Annuler » at the top and the bottom of a long form, in view wherever it is scrolled.</summary>
public sealed class FormActionsTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Save_is_at_the_top_and_the_bottom_of_the_account_form_and_stays_in_view_halfway_down(int width, int height)
    {
        await using var session = await BrowserSession.OpenAsync(fixture, width: width, height: height);
        await session.RunAsync($"actions-{width}", async page =>
        {
            await page.GotoAsync("/accounts/new");
            var saves = page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true });
            await Expect(saves).ToHaveCountAsync(2);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Annuler", Exact = true })).ToHaveCountAsync(2);
            // The top one comes before the first field.
            var name = page.Field("Nom compte");
            Assert.True((await saves.First.BoundingBoxAsync())!.Y < (await name.BoundingBoxAsync())!.Y, "« Enregistrer » is not above the first field.");
            await name.FillAsync($"Quincaillerie {width}");

            await page.EvaluateAsync("() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2)");
            Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 200, "The form is not long enough to scroll.");
            var inView = saves.Last;
            await Expect(inView).ToBeInViewportAsync(new() { Ratio = 1 });
            Assert.True(await IsOnTopAsync(inView), "Something covers « Enregistrer ».");
            await session.ScreenshotAsync($"actions-halfway-{width}");

            // A field reached with Tab is shown above the bar, not under it.
            var reached = await page.EvaluateAsync<string>("""
                () => {
                    const bar = document.querySelector('.form-actions-sticky').getBoundingClientRect();
                    const inputs = [...document.querySelectorAll('.record-form input:not([type=hidden]), .record-form select, .record-form textarea')]
                        .filter(i => i.getClientRects().length > 0);
                    const hidden = inputs.findIndex(i => i.getBoundingClientRect().bottom > bar.top);
                    inputs[hidden - 1].focus({ preventScroll: true });
                    return inputs[hidden - 1].id;
                }
                """);
            await page.Keyboard.PressAsync("Tab");
            var covered = await page.EvaluateAsync<bool>("""
                () => document.activeElement.getBoundingClientRect().bottom > document.querySelector('.form-actions-sticky').getBoundingClientRect().top
                """);
            Assert.False(covered, $"The field after #{reached} got the focus under the action bar.");

            await inView.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Quincaillerie {width}", Level = 1 })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task At_the_end_of_the_form_the_bar_covers_no_field_and_cancel_leaves_without_saving()
    {
        await using var session = await BrowserSession.OpenAsync(fixture, width: 390, height: 844);
        await session.RunAsync("actions-end", async page =>
        {
            await page.GotoAsync("/accounts/new");
            await page.Field("Nom compte").FillAsync("Droguerie Annulée");
            await page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
            var description = page.Field("Description");
            await Expect(description).ToBeInViewportAsync(new() { Ratio = 1 });
            Assert.True(await IsOnTopAsync(description), "The action bar covers « Description ».");

            await page.GetByRole(AriaRole.Link, new() { Name = "Annuler", Exact = true }).Last.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Comptes clients", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.RowWith("Droguerie Annulée")).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task The_layout_manager_field_editor_has_its_buttons_at_the_top_too()
    {
        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("actions-field-editor", async page =>
        {
            await page.GotoAsync("/settings/layout/accounts/fields/new");
            var add = page.GetByRole(AriaRole.Button, new() { Name = "Ajouter le champ", Exact = true });
            await Expect(add).ToHaveCountAsync(2);
            Assert.True((await add.First.BoundingBoxAsync())!.Y < (await page.Field("Type").BoundingBoxAsync())!.Y, "« Ajouter le champ » is not above the first input.");
            await page.Field("Libellé en français").FillAsync("Code client web");
            await add.First.ClickAsync();
            await Expect(page.Locator("[data-field-key=cf_code_client_web]")).ToContainTextAsync("Code client web");
        });
    }

    /// <summary>The element is what a click at its centre reaches: nothing is drawn over it.</summary>
    private static Task<bool> IsOnTopAsync(ILocator element) =>
        element.EvaluateAsync<bool>("""
            e => { const r = e.getBoundingClientRect(); const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); return hit === e || e.contains(hit); }
            """);
}
