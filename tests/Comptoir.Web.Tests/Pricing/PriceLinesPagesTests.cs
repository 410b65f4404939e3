using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Pricing;

/// <summary>The lines of a price list through the HTML form (the textarea named "lines" holds the JSON) and its detail page.</summary>
public sealed class PriceLinesPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_save_keeps_the_lines_as_posted_and_a_saved_list_shows_them_as_a_table(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var product = await api.CreateProductAsync("FAR-65", 12m, name: "Farine T65");
        var browser = await app.SignedInClientAsync();
        var form = await browser.GetStringAsync("/price-lists/new");
        var bad = $$"""[{"product":{{product}},"strategy":"volume","brackets":[{"fromQuantity":"101","unitPrice":"8,00"},{"fromQuantity":"1","unitPrice":"10"}]}]""";
        var good = $$"""[{"product":{{product}},"strategy":"tranches","brackets":[{"fromQuantity":"1","unitPrice":"10"},{"fromQuantity":"101","discountPercent":"20"}]}]""";

        var refused = await browser.PostFormAsync("/price-lists/new", new() { ["name"] = "Grille boulangers", ["currency"] = "EUR", ["lines"] = bad });
        var refusedHtml = await refused.TextAsync();
        var refusedPage = await refused.HtmlAsync();
        var saved = await browser.PostFormAsync("/price-lists/new", new() { ["name"] = "Grille boulangers", ["currency"] = "EUR", ["active"] = "true", ["lines"] = good });
        var details = await saved.TextAsync();

        Assert.Contains("data-price-lines", form, StringComparison.Ordinal);
        Assert.Contains("Farine T65", WebUtility.HtmlDecode(form), StringComparison.Ordinal);
        Assert.Contains("/js/price-lines.", form, StringComparison.Ordinal);
        Assert.Contains("Ligne 1, tranche 2 : les quantités de départ doivent croître (celle-ci doit dépasser 101).", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(bad, refusedPage.ValueOf("textarea[name=lines]"));
        Assert.Equal("true", refusedPage.QuerySelector("textarea[name=lines]")?.GetAttribute("aria-invalid"));

        Assert.Matches("^/price-lists/\\d+$", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("FAR-65 – Farine T65", details, StringComparison.Ordinal);
        Assert.Contains("Tarif dégressif par tranches", details, StringComparison.Ordinal);
        Assert.Contains("À partir de 101 : remise de 20 %", details.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        var edit = await browser.GetHtmlAsync(saved.RequestMessage.RequestUri.AbsolutePath + "/edit");
        Assert.Equal($$"""[{"product":{{product}},"strategy":"tranches","brackets":[{"fromQuantity":1,"unitPrice":10},{"fromQuantity":101,"discountPercent":20}]}]""", edit.ValueOf("textarea[name=lines]"));
    }
}
