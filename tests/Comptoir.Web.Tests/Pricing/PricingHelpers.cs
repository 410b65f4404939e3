using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;

namespace Comptoir.Web.Tests.Pricing;

/// <summary>Products, price lists and quotes through the API, with the issue's brackets (1 → 10 €, 101 → 8 €, 201 → 6 €).</summary>
internal static class PricingHelpers
{
    public const string Products = "/api/v1/products", PriceLists = "/api/v1/price-lists";

    public static object[] IssueBrackets =>
    [
        new { fromQuantity = 1, unitPrice = 10m },
        new { fromQuantity = 101, unitPrice = 8m },
        new { fromQuantity = 201, unitPrice = 6m },
    ];

    public static async Task<long> CreateProductAsync(this HttpClient client, string code, decimal unitPrice = 12m, string vatRate = "20", string? name = null) =>
        (await client.CreateOkAsync(Products, new { code, name = name ?? "Produit " + code, unitPrice, vatRate }))["id"]!.GetValue<long>();

    public static async Task<long> CreatePriceListAsync(this HttpClient client, string name, object lines, object? extra = null)
    {
        var body = new JsonObject { ["name"] = name, ["lines"] = System.Text.Json.JsonSerializer.SerializeToNode(lines) };
        if (extra is not null)
            foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(extra)!.AsObject()) body[key] = value?.DeepClone();
        return (await client.CreateOkAsync(PriceLists, body))["id"]!.GetValue<long>();
    }

    public static async Task<JsonObject> CreateOkAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostJsonAsync(url, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    public static async Task<JsonObject> QuoteAsync(this HttpClient client, long account, long product, long quantity, long? groupQuantity = null)
    {
        var response = await client.GetAsync($"/api/v1/accounts/{account}/prices?product={product}&quantity={quantity}"
            + (groupQuantity is { } g ? $"&groupQuantity={g}" : ""));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    public static decimal Money(this JsonObject json, string key) => json[key]!.GetValue<decimal>();
}
