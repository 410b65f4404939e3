using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Pricing;

/// <summary>« Simuler un prix » on the account's Résumé tab, without JavaScript: a GET form re-renders the page.</summary>
public sealed class PriceSimulatorPageTests
{
    private static string Plain(string html) => html.Replace('\u202f', ' ').Replace('\u00a0', ' ');

    [Theory, ClassData(typeof(Databases))]
    public async Task The_resume_tab_prices_a_quantity_with_the_account_price_list(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var product = await api.CreateProductAsync("VOL-1", 12m, name: "Farine T65");
        var list = await api.CreatePriceListAsync("Grille boulangers",
            new[] { new { product, strategy = "volume", brackets = PricingHelpers.IssueBrackets } });
        var (account, _) = await app.SeedAsync("Boulangerie Dupont", new() { ["priceList"] = list.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var browser = await app.SignedInClientAsync();

        var empty = Plain(await (await browser.GetAsync($"/accounts/{account}")).TextAsync());
        var priced = await browser.GetAsync($"/accounts/{account}?product={product}&quantity=150");
        var html = Plain(await priced.TextAsync());

        Assert.Contains("Simuler un prix", empty, StringComparison.Ordinal);
        Assert.Contains("Grille tarifaire appliquée : Grille boulangers.", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("data-price-result", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, priced.StatusCode);
        Assert.Matches("data-price=\"totalExclTax\">1 200,00 €<", html);
        Assert.Matches("data-price=\"unitPrice\">8,00 €<", html);
        Assert.Matches("data-price=\"vatAmount\">240,00 €<", html);
        Assert.Matches("data-price=\"totalInclTax\">1 440,00 €<", html);
        Assert.Contains("Tarif dégressif par volume", html, StringComparison.Ordinal);
        Assert.Contains("À partir de 101 : 8,00 €", html, StringComparison.Ordinal);
        Assert.Matches($"<option value=\"{product}\" selected", html);
        Assert.Contains("value=\"150\"", html, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_is_shown_beside_the_field_and_an_ignored_list_gives_a_notice(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var product = await api.CreateProductAsync("P-1", 12m);
        var list = await api.CreatePriceListAsync("Grille 2020",
            new[] { new { product, strategy = "tranches", brackets = PricingHelpers.IssueBrackets } }, new { validTo = "2020-12-31" });
        var (account, _) = await app.SeedAsync("Client", new() { ["priceList"] = list.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var browser = await app.SignedInClientAsync();

        var bad = Plain(await (await browser.GetAsync($"/accounts/{account}?product=&quantity=-2")).TextAsync());
        var expired = Plain(await (await browser.GetAsync($"/accounts/{account}?product={product}&quantity=150")).TextAsync());

        Assert.Contains("id=\"sim-product-error\"", bad, StringComparison.Ordinal);
        Assert.Contains("Choisissez un produit.", bad, StringComparison.Ordinal);
        Assert.Contains("« Quantité » doit être un nombre entier de 0 à 1 000 000 000.", bad, StringComparison.Ordinal);
        Assert.Matches("id=\"sim-quantity\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"sim-quantity-error\"", bad);
        Assert.Matches("data-price=\"totalExclTax\">1 800,00 €<", expired);
        Assert.Contains("La grille tarifaire « Grille 2020 » a expiré le 31/12/2020 : les prix catalogue s'appliquent.", expired, StringComparison.Ordinal);
        Assert.Contains("Prix catalogue", expired, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_group_volume_list_asks_for_the_rest_of_the_group(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var product = await api.CreateProductAsync("G-1", 12m);
        var list = await api.CreatePriceListAsync("Grille groupe",
            new[] { new { product, strategy = "groupVolume", brackets = PricingHelpers.IssueBrackets } });
        var listText = list.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (parent, _) = await app.SeedAsync("Holding Martin", new() { ["priceList"] = listText });
        var parentText = parent.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (north, _) = await app.SeedAsync("Martin Nord", new() { ["priceList"] = listText, ["parentAccount"] = parentText });
        await app.SeedAsync("Martin Sud", new() { ["priceList"] = listText, ["parentAccount"] = parentText });
        var browser = await app.SignedInClientAsync();

        var html = Plain(await (await browser.GetAsync($"/accounts/{north}?product={product}&quantity=40&groupQuantity=110")).TextAsync());

        Assert.Contains("Commandée par les autres comptes du groupe : Holding Martin, Martin Sud.", html, StringComparison.Ordinal);
        Assert.Matches("data-price=\"totalExclTax\">320,00 €<", html);
        Assert.Contains("Quantité du groupe : 150", html, StringComparison.Ordinal);
    }
}
