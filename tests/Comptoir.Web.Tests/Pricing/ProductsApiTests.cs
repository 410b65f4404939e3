using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Pricing;

public sealed class ProductsApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Creates_reads_changes_and_deletes_a_product(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var created = await client.CreateOkAsync(PricingHelpers.Products, new
        {
            code = " CAF-250 ", name = "Café en grains 250 g", unit = "paquet", unitPrice = 6.90m, vatRate = 5.5, description = "Arabica",
        });
        var id = created["id"]!.GetValue<long>();
        var url = $"{PricingHelpers.Products}/{id}";

        Assert.Equal("CAF-250", created["code"]!.GetValue<string>());
        Assert.Equal(6.9m, created.Money("unitPrice"));
        Assert.Equal("5.5", created["vatRate"]!.GetValue<string>());
        Assert.True(created["active"]!.GetValue<bool>());
        var read = await (await client.GetAsync(url)).JsonAsync();
        Assert.Equal(created.ToJsonString(), read.ToJsonString());

        var patched = await client.PatchJsonAsync(url, new { unitPrice = "7,20", active = false });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        var changed = await patched.JsonAsync();
        Assert.Equal(7.2m, changed.Money("unitPrice"));
        Assert.False(changed["active"]!.GetValue<bool>());
        var list = await (await client.GetAsync($"{PricingHelpers.Products}?q=caf")).JsonAsync();
        Assert.Single(list["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_reference_already_taken_or_a_negative_price_is_a_field_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var first = await client.CreateProductAsync("REF-1");
        var other = await client.CreateProductAsync("REF-2");

        var duplicate = await client.PostJsonAsync(PricingHelpers.Products, new { code = "REF-1", name = "Doublon", unitPrice = 1m, vatRate = "20" });
        var negative = await client.PostJsonAsync(PricingHelpers.Products, new { code = "REF-3", name = "Négatif", unitPrice = -1m, vatRate = "20" });
        var renamed = await client.PatchJsonAsync($"{PricingHelpers.Products}/{other}", new { code = "REF-1" });
        var badVat = await client.PostJsonAsync(PricingHelpers.Products, new { code = "REF-4", name = "TVA", unitPrice = 1m, vatRate = "19.6" });
        var same = await client.PatchJsonAsync($"{PricingHelpers.Products}/{first}", new { code = "REF-1", name = "Renommé" });

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("La référence « REF-1 » est déjà utilisée par un autre produit.", (await duplicate.ProblemErrorsAsync())["code"].Single());
        Assert.Equal("Le prix de vente ne peut pas être négatif.", (await negative.ProblemErrorsAsync())["unitPrice"].Single());
        Assert.Equal(HttpStatusCode.BadRequest, renamed.StatusCode);
        Assert.True((await renamed.ProblemErrorsAsync()).ContainsKey("code"));
        Assert.True((await badVat.ProblemErrorsAsync()).ContainsKey("vatRate"));
        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var all = await (await client.GetAsync(PricingHelpers.Products)).JsonAsync();
        Assert.Equal(2, all["items"]!.AsArray().Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_product_a_price_list_prices_is_not_deleted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var product = await client.CreateProductAsync("USED");
        var list = await client.CreatePriceListAsync("Grille export",
            new[] { new { product, strategy = "volume", brackets = PricingHelpers.IssueBrackets } });

        var refused = await client.DeleteAsync($"{PricingHelpers.Products}/{product}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Contains("« Grille export »", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{PricingHelpers.Products}/{product}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PatchJsonAsync($"{PricingHelpers.PriceLists}/{list}", new { lines = Array.Empty<object>() })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{PricingHelpers.Products}/{product}")).StatusCode);
    }
}
