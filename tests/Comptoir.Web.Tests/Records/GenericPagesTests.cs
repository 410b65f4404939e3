using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Records;

/// <summary>
/// « Produits » has no page code of its own (src/Comptoir.Web/Features/Products holds only its API): every page a
/// user goes through comes from the record pages written once for every module.
/// </summary>
public sealed partial class GenericPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_module_without_pages_of_its_own_gets_list_new_details_edit_history_and_delete(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var created = await client.PostFormAsync("/products/new", new()
        {
            ["code"] = "GANT-9", ["name"] = "Gants de manutention", ["unit"] = "pièce", ["unitPrice"] = "4,20", ["vatRate"] = "20", ["active"] = "true",
        });
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/products/[0-9]+$", path);
        var details = await created.TextAsync();
        Assert.Contains("« Gants de manutention » enregistré.", details, StringComparison.Ordinal);
        // « Détails » is the product's first tab, « Historique » its second.
        Assert.Equal(["Détails", "Historique"], Tabs(details));
        Assert.Contains($"<a class=\"nav-link active\" href=\"{path}\" aria-current=\"page\">Détails</a>", details, StringComparison.Ordinal);
        Assert.Equal($"{path}/history", AccountPageHelpers.LinkHref(details, "Historique"));
        Assert.Contains($"<a href=\"{path}\">Gants de manutention</a>", WebUtility.HtmlDecode(await client.GetStringAsync("/products")), StringComparison.Ordinal);

        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync($"{path}/edit"));
        fields["name"] = "Gants anti-coupure";
        var saved = await client.PostFormAsync($"{path}/edit", fields);
        Assert.Equal(path, saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Modifications enregistrées.", await saved.TextAsync(), StringComparison.Ordinal);

        var history = await client.GetAsync($"{path}/history");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        var historyHtml = await history.TextAsync();
        Assert.Equal(["updated", "created"], Regex.Matches(historyHtml, "data-history-entry data-action=\"(\\w+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("<span data-old>Gants de manutention</span>", historyHtml, StringComparison.Ordinal);
        Assert.Contains("<span data-new>Gants anti-coupure</span>", historyHtml, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"nav-link active\" href=\"{path}/history\" aria-current=\"page\">Historique</a>", historyHtml, StringComparison.Ordinal);
        // One address per tab: without a « Résumé », « Détails » is the record's own address.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{path}/details")).StatusCode);

        var deleted = await client.PostFormAsync($"{path}?handler=Delete", [], formPage: path);
        Assert.Equal("/products", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("« Gants anti-coupure » supprimé.", await deleted.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{path}/history")).StatusCode);
    }

    /// <summary>The labels of the record's tabs (the menu has nav links too).</summary>
    private static List<string> Tabs(string html) =>
        Tab().Matches(TabList().Match(html).Value).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<ul class=\"nav nav-tabs[^\"]*\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex TabList();

    [GeneratedRegex("<a class=\"nav-link[^\"]*\" href=\"[^\"]+\"[^>]*>([^<]+)</a>")]
    private static partial Regex Tab();
}
