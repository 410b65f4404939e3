using Comptoir.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Comptoir.Browser.Tests;

/// <summary>
/// A value nobody can type (« N° de compte », a user's login) is shown, labelled, but the keyboard
/// does not stop on it: Tab goes from the field before it to the field after it.
/// </summary>
public sealed class ReadOnlyFieldTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Tab_skips_the_account_number_on_the_edit_form()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        var account = await api.PostAsync("/api/v1/accounts", new { name = "Quincaillerie Martin" });

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("tab-read-only", async page =>
        {
            await page.GotoAsync($"/accounts/{account["id"]}/edit");
            var number = page.Field("N° de compte");
            // Still there for the eye and for a screen reader, under its label.
            await Expect(number).ToHaveValueAsync(account["number"]!.GetValue<string>());
            var (before, after) = await NeighboursAsync(number);

            await page.Locator("#" + before).FocusAsync();
            await page.Keyboard.PressAsync("Tab");

            await Expect(page.Locator("#" + after)).ToBeFocusedAsync();
            await Expect(number).Not.ToBeFocusedAsync();
        });
    }

    [Fact]
    public async Task No_read_only_value_of_any_form_is_a_tab_stop()
    {
        using var api = await AppApi.SignInAsync(fixture.App);
        var account = await api.PostAsync("/api/v1/accounts", new { name = "Librairie Vauban" });
        var contact = await api.PostAsync("/api/v1/contacts", new { lastName = "Roux", account = account["id"]!.GetValue<long>() });
        // Every form that shows values nobody types: numbers, SIREN, VAT number, a contact's full name, a user's login.
        string[] forms = ["/accounts/new", $"/accounts/{account["id"]}/edit", "/contacts/new", $"/contacts/{contact["id"]}/edit", "/settings/users/1"];

        await using var session = await BrowserSession.OpenAsync(fixture);
        await session.RunAsync("read-only-everywhere", async page =>
        {
            foreach (var form in forms)
            {
                await page.GotoAsync(form);
                var readOnly = page.Locator("main input[readonly], main textarea[readonly]");
                Assert.True(await readOnly.CountAsync() > 0, $"{form}: no read-only value");
                var stops = await readOnly.EvaluateAllAsync<string[]>("fields => fields.filter(f => f.tabIndex >= 0).map(f => f.id)");
                Assert.True(stops.Length == 0, $"{form}: read-only values in the Tab order: {string.Join(", ", stops)}");
            }
        });
    }

    /// <summary>The ids of the form controls just before and just after <paramref name="field"/>, in document order.</summary>
    private static async Task<(string Before, string After)> NeighboursAsync(ILocator field) =>
        await field.EvaluateAsync<string[]>("""
            field => {
                const controls = [...field.form.elements].filter(c => c.id && c.type !== 'hidden' && !c.disabled && c.offsetParent !== null);
                const at = controls.indexOf(field);
                return [controls[at - 1].id, controls[at + 1].id];
            }
            """) is [var before, var after] ? (before, after) : throw new InvalidOperationException("no neighbours");
}
