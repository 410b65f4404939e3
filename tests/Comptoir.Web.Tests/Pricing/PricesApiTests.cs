using System.Net;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Pricing;

/// <summary>GET /api/v1/accounts/{id}/prices with the issue's examples.</summary>
public sealed class PricesApiTests
{
    private static object Line(long product, string strategy) => new { product, strategy, brackets = PricingHelpers.IssueBrackets };

    private static async Task<long> AccountAsync(HttpClient client, string name, long? priceList, long? parent = null) =>
        (await client.CreateAccountAsync(new { name, priceList, parentAccount = parent }))["id"]!.GetValue<long>();

    [Theory, ClassData(typeof(Databases))]
    public async Task Volume_and_tranches_price_150_units_as_the_issue_says(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var volume = await client.CreateProductAsync("VOL", 12m);
        var tranches = await client.CreateProductAsync("TRA", 12m, vatRate: "5.5");
        var list = await client.CreatePriceListAsync("Grille dégressive", new[] { Line(volume, "volume"), Line(tranches, "tranches") });
        var account = await AccountAsync(client, "Boulangerie Dupont", list);

        var byVolume = await client.QuoteAsync(account, volume, 150);
        var byTranches = await client.QuoteAsync(account, tranches, 150);

        Assert.Equal(8m, byVolume.Money("unitPrice"));
        Assert.Equal(1200m, byVolume.Money("totalExclTax"));
        Assert.Equal(20m, byVolume.Money("vatRate"));
        Assert.Equal(240m, byVolume.Money("vatAmount"));
        Assert.Equal(1440m, byVolume.Money("totalInclTax"));
        Assert.Equal("volume", byVolume["strategy"]!.GetValue<string>());
        Assert.Equal("""{"fromQuantity":101,"unitPrice":8}""", byVolume["bracket"]!.ToJsonString());
        Assert.Equal(list, byVolume["priceList"]!["id"]!.GetValue<long>());
        Assert.Equal("Grille dégressive", byVolume["priceList"]!["name"]!.GetValue<string>());
        Assert.Null(byVolume["notice"]);
        Assert.Equal(150, byVolume["quantity"]!.GetValue<long>());

        Assert.Equal(1400m, byTranches.Money("totalExclTax"));
        Assert.Equal(9.33m, byTranches.Money("unitPrice"));
        Assert.Equal(77m, byTranches.Money("vatAmount"));
        Assert.Equal(1477m, byTranches.Money("totalInclTax"));
        Assert.Equal("tranches", byTranches["strategy"]!.GetValue<string>());
        Assert.Equal("""[{"quantity":100,"unitPrice":10,"bracket":{"fromQuantity":1,"unitPrice":10}},{"quantity":50,"unitPrice":8,"bracket":{"fromQuantity":101,"unitPrice":8}}]""",
            byTranches["parts"]!.ToJsonString());

        Assert.Equal(1206m, (await client.QuoteAsync(account, volume, 201)).Money("totalExclTax"));
        Assert.Equal(1000m, (await client.QuoteAsync(account, volume, 100)).Money("totalExclTax"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Group_volume_adds_the_parent_and_its_subsidiaries_quantities(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var product = await client.CreateProductAsync("GRP", 12m);
        var list = await client.CreatePriceListAsync("Grille groupe", new[] { Line(product, "groupVolume") });
        var parent = await AccountAsync(client, "Holding Martin", list);
        var north = await AccountAsync(client, "Martin Nord", list, parent);
        var south = await AccountAsync(client, "Martin Sud", list, parent);

        // The parent orders 60, the north subsidiary 40, the south one 50: 150 together, the 8 € bracket for each.
        var forSouth = await client.QuoteAsync(south, product, 50, groupQuantity: 60 + 40);
        var forParent = await client.QuoteAsync(parent, product, 60, groupQuantity: 40 + 50);
        var northAlone = await client.QuoteAsync(north, product, 40);
        var bigGroup = await client.QuoteAsync(north, product, 40, groupQuantity: 161);

        Assert.Equal(400m, forSouth.Money("totalExclTax"));
        Assert.Equal(8m, forSouth.Money("unitPrice"));
        Assert.Equal(100, forSouth["groupQuantity"]!.GetValue<long>());
        Assert.Equal("groupVolume", forSouth["strategy"]!.GetValue<string>());
        Assert.Equal(101, forSouth["bracket"]!["fromQuantity"]!.GetValue<long>());
        Assert.Equal(480m, forParent.Money("totalExclTax"));
        Assert.Equal(400m, northAlone.Money("totalExclTax"));
        Assert.Equal(240m, bigGroup.Money("totalExclTax"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Without_a_line_a_list_or_a_list_in_force_the_catalogue_price_applies(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var priced = await client.CreateProductAsync("LIN", 12m);
        var other = await client.CreateProductAsync("CAT", 12.5m, name: "Sucre");
        var lines = new[] { Line(priced, "volume") };
        var current = await client.CreatePriceListAsync("En cours", lines);
        var expired = await client.CreatePriceListAsync("Grille 2020", lines, new { validFrom = "2020-01-01", validTo = "2020-12-31" });
        var inactive = await client.CreatePriceListAsync("Suspendue", lines, new { active = false });
        var future = await client.CreatePriceListAsync("Grille 2999", lines, new { validFrom = "2999-01-01" });

        var noLine = await client.QuoteAsync(await AccountAsync(client, "Sans ligne", current), other, 3);
        var noList = await client.QuoteAsync(await AccountAsync(client, "Sans grille", null), priced, 150);
        var old = await client.QuoteAsync(await AccountAsync(client, "Grille expirée", expired), priced, 150);
        var off = await client.QuoteAsync(await AccountAsync(client, "Grille inactive", inactive), priced, 150);
        var early = await client.QuoteAsync(await AccountAsync(client, "Grille future", future), priced, 150);

        Assert.Equal(37.5m, noLine.Money("totalExclTax"));
        Assert.Equal(12.5m, noLine.Money("unitPrice"));
        Assert.Null(noLine["strategy"]);
        Assert.Null(noLine["bracket"]);
        Assert.Equal("En cours", noLine["priceList"]!["name"]!.GetValue<string>());
        Assert.Equal("« Sucre » n'a pas de ligne dans la grille « En cours » : prix catalogue.", noLine["notice"]!.GetValue<string>());

        Assert.Equal(1800m, noList.Money("totalExclTax"));
        Assert.Null(noList["priceList"]);
        Assert.Null(noList["notice"]);

        foreach (var ignored in new[] { old, off, early })
        {
            Assert.Equal(1800m, ignored.Money("totalExclTax"));
            Assert.Null(ignored["strategy"]);
            Assert.Null(ignored["priceList"]);
        }
        Assert.Equal("La grille tarifaire « Grille 2020 » a expiré le 31/12/2020 : les prix catalogue s'appliquent.", old["notice"]!.GetValue<string>());
        Assert.Equal("La grille tarifaire « Suspendue » est inactive : les prix catalogue s'appliquent.", off["notice"]!.GetValue<string>());
        Assert.Equal("La grille tarifaire « Grille 2999 » ne s'applique qu'à partir du 01/01/2999 : les prix catalogue s'appliquent.", early["notice"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Zero_bad_or_missing_input_and_unknown_records_are_answered_as_problems(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var product = await client.CreateProductAsync("P", 12m);
        var account = await AccountAsync(client, "Client", await client.CreatePriceListAsync("G", new[] { Line(product, "tranches") }));
        var url = $"/api/v1/accounts/{account}/prices";

        var zero = await client.QuoteAsync(account, product, 0);
        var missing = await client.GetAsync(url);
        var negative = await client.GetAsync($"{url}?product={product}&quantity=-3");
        var huge = await client.GetAsync($"{url}?product={product}&quantity=99999999999999999999999");
        var text = await client.GetAsync($"{url}?product=abc&quantity=deux&groupQuantity=x");
        var unknownProduct = await client.GetAsync($"{url}?product=987654&quantity=1");
        var unknownAccount = await client.GetAsync($"/api/v1/accounts/987654/prices?product={product}&quantity=1");
        var anonymous = await app.CreateClient().GetAsync($"{url}?product={product}&quantity=1");

        Assert.Equal(0m, zero.Money("totalExclTax"));
        Assert.Equal(0m, zero.Money("totalInclTax"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["product", "quantity"], (await missing.ProblemErrorsAsync()).Keys.Order(StringComparer.Ordinal));
        Assert.Equal("« quantity » doit être un nombre entier de 0 à 1 000 000 000.", Support.PlainSpaces((await negative.ProblemErrorsAsync())["quantity"].Single()));
        Assert.Equal("« quantity » ne peut pas dépasser 1 000 000 000 : vérifiez la saisie.", Support.PlainSpaces((await huge.ProblemErrorsAsync())["quantity"].Single()));
        Assert.Equal(["groupQuantity", "product", "quantity"], (await text.ProblemErrorsAsync()).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, unknownProduct.StatusCode);
        Assert.Equal("Aucun produit n°987654.", (await unknownProduct.ProblemErrorsAsync())["product"].Single());
        Assert.Equal(HttpStatusCode.NotFound, unknownAccount.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_account_the_user_may_not_see_is_not_found(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var admin = await app.ApiClientAsync();
        var marie = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var product = await admin.CreateProductAsync("P", 12m);
        var secret = await AccountAsync(admin, "Secret Industries", null);

        var hidden = await marie.GetAsync($"/api/v1/accounts/{secret}/prices?product={product}&quantity=1");

        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(12m, (await admin.QuoteAsync(secret, product, 1)).Money("totalExclTax"));
    }
}

file static class Support
{
    public static string PlainSpaces(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');
}
