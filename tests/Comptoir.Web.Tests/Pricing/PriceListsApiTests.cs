using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Pricing;

public sealed class PriceListsApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_price_list_keeps_its_lines_as_sent(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var coffee = await client.CreateProductAsync("CAF");
        var tea = await client.CreateProductAsync("THE");

        var created = await client.CreateOkAsync(PricingHelpers.PriceLists, new
        {
            name = "Grille revendeurs", validFrom = "2026-01-01", validTo = "2026-12-31", description = "Remises 2026",
            lines = new object[]
            {
                new { product = coffee, strategy = "tranches", brackets = PricingHelpers.IssueBrackets },
                new { product = tea, strategy = "groupVolume", brackets = new object[] { new { fromQuantity = 50, discountPercent = 12.5m } } },
            },
        });
        var url = $"{PricingHelpers.PriceLists}/{created["id"]}";

        Assert.Equal("EUR", created["currency"]!.GetValue<string>());
        Assert.True(created["active"]!.GetValue<bool>());
        Assert.Equal(
            $$"""[{"product":{{coffee}},"strategy":"tranches","brackets":[{"fromQuantity":1,"unitPrice":10},{"fromQuantity":101,"unitPrice":8},{"fromQuantity":201,"unitPrice":6}]},{"product":{{tea}},"strategy":"groupVolume","brackets":[{"fromQuantity":50,"discountPercent":12.5}]}]""",
            created["lines"]!.ToJsonString());
        var read = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal(created.ToJsonString(), read.ToJsonString());

        var patched = await (await client.PatchJsonAsync(url, new { lines = new[] { new { product = tea, strategy = "volume", brackets = new[] { new { fromQuantity = 1, unitPrice = 3.5m } } } } })).JsonAsync();
        Assert.Equal($$"""[{"product":{{tea}},"strategy":"volume","brackets":[{"fromQuantity":1,"unitPrice":3.5}]}]""", patched["lines"]!.ToJsonString());
        Assert.Equal("Remises 2026", patched["description"]!.GetValue<string>());

        var cleared = await (await client.PatchJsonAsync(url, new JsonObject { ["lines"] = null })).JsonAsync();
        Assert.Empty(cleared["lines"]!.AsArray());
        var bare = await client.CreateOkAsync(PricingHelpers.PriceLists, new { name = "Sans lignes" });
        Assert.Empty(bare["lines"]!.AsArray());
        // Nobody filters on lines, but trying must not reach the database as a type error (jsonb on PostgreSQL).
        Assert.True((int)(await client.GetAsync($"{PricingHelpers.PriceLists}?lines=%5B%5D")).StatusCode < 500);
        Assert.True((int)(await client.GetAsync($"{PricingHelpers.PriceLists}?lines=oups")).StatusCode < 500);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_lines_are_refused_naming_the_line_and_nothing_is_saved(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var english = await app.ApiClientAsync(language: "en");
        var product = await client.CreateProductAsync("P1");
        var body = new
        {
            name = "Mauvaise grille",
            lines = new object[]
            {
                new { product, strategy = "volume", brackets = PricingHelpers.IssueBrackets },
                new { product, strategy = "volume", brackets = PricingHelpers.IssueBrackets },
                new { product = 999999, strategy = "volume", brackets = new[] { new { fromQuantity = 10, unitPrice = 1m }, new { fromQuantity = 5, unitPrice = 1m } } },
                new { product = product + 1000, strategy = "mystère", brackets = new[] { new { fromQuantity = 1, discountPercent = 120m } } },
            },
        };

        var response = await client.PostJsonAsync(PricingHelpers.PriceLists, body);
        var inEnglish = await english.PostJsonAsync(PricingHelpers.PriceLists, body);
        var unknown = await client.PostJsonAsync(PricingHelpers.PriceLists, new { name = "Inconnu", lines = new[] { new { product = 424242, strategy = "volume", brackets = PricingHelpers.IssueBrackets } } });
        var notArray = await client.PostJsonAsync(PricingHelpers.PriceLists, new { name = "Objet", lines = new { product } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = (await response.ProblemErrorsAsync())["lines"].Single();
        Assert.Contains("Ligne 2 : ce produit a déjà une ligne (ligne 1).", message, StringComparison.Ordinal);
        Assert.Contains("Ligne 3, tranche 2 : les quantités de départ doivent croître (celle-ci doit dépasser 10).", message, StringComparison.Ordinal);
        Assert.Contains("Ligne 4 : stratégie inconnue « mystère »", message, StringComparison.Ordinal);
        Assert.Contains("Ligne 4, tranche 1 : la remise doit être comprise entre 0 et 100 %.", message, StringComparison.Ordinal);
        Assert.Contains("Line 2: this product already has a line (line 1).", (await inEnglish.ProblemErrorsAsync())["lines"].Single(), StringComparison.Ordinal);
        Assert.Equal("Ligne 1 : le produit n°424242 n'existe pas.", (await unknown.ProblemErrorsAsync())["lines"].Single());
        Assert.StartsWith("Les lignes doivent être une liste JSON", (await notArray.ProblemErrorsAsync())["lines"].Single(), StringComparison.Ordinal);
        Assert.Empty((await (await client.GetAsync(PricingHelpers.PriceLists)).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_end_of_validity_cannot_precede_its_start(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var backwards = await client.PostJsonAsync(PricingHelpers.PriceLists, new { name = "À l'envers", validFrom = "2026-06-01", validTo = "2026-05-31" });
        var oneDay = await client.CreateOkAsync(PricingHelpers.PriceLists, new { name = "Un jour", validFrom = "2026-06-01", validTo = "2026-06-01" });
        var patch = await client.PatchJsonAsync($"{PricingHelpers.PriceLists}/{oneDay["id"]}", new { validFrom = "2026-06-02" });

        Assert.Equal("« Valide au » doit être le même jour que « Valide du » ou après.", (await backwards.ProblemErrorsAsync())["validTo"].Single());
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.True((await patch.ProblemErrorsAsync()).ContainsKey("validTo"));
        Assert.Equal("2026-06-01", (await (await client.GetAsync($"{PricingHelpers.PriceLists}/{oneDay["id"]}")).JsonAsync())["validFrom"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_openapi_document_describes_the_lines_as_an_array(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var lines = document["components"]!["schemas"]!["PriceList"]!["properties"]!["lines"]!;

        Assert.Contains("array", lines["type"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["volume", "tranches", "groupVolume"], lines["items"]!["properties"]!["strategy"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("groupQuantity", document["paths"]!["/api/v1/accounts/{id}/prices"]!["get"]!["summary"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
