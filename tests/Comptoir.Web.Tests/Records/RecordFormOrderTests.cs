using System.Globalization;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Accounting;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Records;

/// <summary>
/// The record form written once (Records/_Form.cshtml) keeps the order a user reads: the error summary above
/// the form, then what a module must say before « Enregistrer » (the accounts' shared-ledger warning), the top
/// « Enregistrer », what a module offers with a button of its own (the contacts' address copy, which Enter must
/// not press), the fields, and « Enregistrer » again, sticky.
/// </summary>
public sealed partial class RecordFormOrderTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_product_shows_the_error_summary_then_the_top_actions_then_its_fields(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var refused = await client.PostFormAsync("/products/new", new() { ["code"] = "VIS-4", ["unitPrice"] = "1,50", ["vatRate"] = "20" });

        var page = await refused.TextAsync();
        Assert.Equal("/products/new", refused.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Nom : ", Between(page, "data-error-summary", "class=\"record-form\""), StringComparison.Ordinal);
        AssertInOrder(page, "data-error-summary", "class=\"record-form\"", "class=\"d-flex flex-wrap gap-2 form-actions mb-3\"",
            "name=\"code\"", "form-actions-sticky");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_shared_ledger_warning_comes_before_the_top_save_button(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var group = await api.CreateAccountAsync(new { name = "Groupe Lefèvre Boulangeries" });
        var ledgerId = group["ledgerAccount"]!.GetValue<long>();
        var code = (await api.LedgerAsync(ledgerId))["code"]!.GetValue<string>();

        var warned = await client.CreateAsync(new()
        {
            ["name"] = "Boulangerie du Parc", ["ledgerAccount"] = ledgerId.ToString(CultureInfo.InvariantCulture), ["ledgerAccount__label"] = code,
        });

        AssertInOrder(await warned.TextAsync(), "class=\"record-form\"", "data-ledger-sharing", "class=\"d-flex flex-wrap gap-2 form-actions mb-3\"",
            "name=\"name\"", "form-actions-sticky");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task On_a_contact_form_with_the_address_offer_the_first_submit_button_is_save_not_the_copy(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var (accountId, _) = await app.SeedAsync("Boulangerie Dupont", new() { ["billingStreet"] = "8 rue de Londres", ["billingCity"] = "Paris" });

        var page = await (await client.GetAsync($"/contacts/new?account={accountId}")).TextAsync();

        AssertInOrder(page, "class=\"record-form\"", "class=\"d-flex flex-wrap gap-2 form-actions mb-3\"", "data-address-offer",
            "name=\"lastName\"", "form-actions-sticky");
        // Enter in a field presses the form's first submit button.
        var form = Between(page, "class=\"record-form\"", "</form>");
        Assert.Contains("Enregistrer", SubmitButton().Match(form).Value, StringComparison.Ordinal);
    }

    /// <summary>Each marker is in the page, after the one before it.</summary>
    private static void AssertInOrder(string html, params string[] markers)
    {
        var at = 0;
        foreach (var marker in markers)
        {
            var next = html.IndexOf(marker, at, StringComparison.Ordinal);
            Assert.True(next >= 0, $"« {marker} » is not in the page after the markers before it.");
            at = next + marker.Length;
        }
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"« {start} » is not in the page.");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"« {end} » is not in the page after « {start} ».");
        return html[from..to];
    }

    [GeneratedRegex("<button type=\"submit\"[^>]*>.*?</button>", RegexOptions.Singleline)]
    private static partial Regex SubmitButton();
}
