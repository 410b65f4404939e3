using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.LayoutApi;

/// <summary>A block shown collapsed by default folds on the form and the detail page, and opens on its own errors.</summary>
public sealed class CollapsedBlockTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_collapsed_block_folds_until_one_of_its_fields_has_an_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.PostJsonAsync("/api/v1/metadata/accounts/blocks", new { label = "Fidélité", collapsed = true });
        await api.PostJsonAsync("/api/v1/metadata/accounts/fields", new { type = "text", label = "Parrain", block = "bloc_fidelite", mandatory = true });
        var account = await api.CreateAccountAsync(new { name = "Parrainé", cf_parrain = "Jeanne" });
        var browser = await app.SignedInClientAsync();

        var form = await browser.GetStringAsync("/accounts/new");
        Assert.Contains("<details class=\"card mb-3\" id=\"block-bloc_fidelite\">", form, StringComparison.Ordinal);
        Assert.Contains("<fieldset class=\"card mb-3\" id=\"block-details\">", form, StringComparison.Ordinal);

        var refused = await browser.PostFormAsync("/accounts/new", new() { ["name"] = "Sans parrain", ["assignedTo"] = "user:1" }, "/accounts/new");
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<details class=\"card mb-3\" id=\"block-bloc_fidelite\" open=\"open\">", page, StringComparison.Ordinal);
        Assert.Contains("« Parrain » est obligatoire.", page, StringComparison.Ordinal);

        var details = await browser.GetStringAsync($"/accounts/{account["id"]}/details");
        Assert.Contains("<summary class=\"card-header h6 mb-0\" id=\"details-bloc_fidelite\">Fidélité</summary>", details, StringComparison.Ordinal);
        Assert.Contains("Jeanne", details, StringComparison.Ordinal);
    }
}
