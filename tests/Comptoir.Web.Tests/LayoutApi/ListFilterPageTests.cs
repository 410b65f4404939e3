using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.LayoutApi;

/// <summary>The accounts list offers a filter for every picklist, the ones an administrator adds included.</summary>
public sealed class ListFilterPageTests
{
    private static readonly string[] Levels = ["Bronze", "Or"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_custom_picklist_added_by_an_administrator_filters_the_list_on_the_next_request(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.PostJsonAsync("/api/v1/metadata/accounts/fields",
            new { type = "picklist", label = "Niveau fidélité", values = Levels, listColumn = true });
        await api.CreateAccountAsync(new { name = "Boulangerie Dorée", cf_niveau_fidelite = "or" });
        await api.CreateAccountAsync(new { name = "Boucherie Bronzée", cf_niveau_fidelite = "bronze" });
        await api.CreateAccountAsync(new { name = "Café Sans Niveau" });
        var browser = await app.SignedInClientAsync();

        var all = await browser.GetStringAsync("/accounts");
        Assert.Contains("<select class=\"form-select form-select-sm\" id=\"filter-cf_niveau_fidelite\" name=\"cf_niveau_fidelite\">", all, StringComparison.Ordinal);
        Assert.Contains("Niveau fidélité", all, StringComparison.Ordinal);

        var gold = await browser.GetStringAsync("/accounts?cf_niveau_fidelite=or");
        Assert.Contains("Boulangerie Dorée", gold, StringComparison.Ordinal);
        Assert.DoesNotContain("Boucherie Bronzée", gold, StringComparison.Ordinal);
        Assert.DoesNotContain("Café Sans Niveau", gold, StringComparison.Ordinal);
        Assert.Contains("Filtres (1)", gold, StringComparison.Ordinal);
        Assert.Matches("<td data-field=\"cf_niveau_fidelite\"[^>]*>Or</td>", gold);
        // Sorting keeps the filter.
        Assert.Contains("cf_niveau_fidelite=or&amp;sort=", gold, StringComparison.Ordinal);
    }
}
