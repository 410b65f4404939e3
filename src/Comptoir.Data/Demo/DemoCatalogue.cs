using System.Text.Json.Nodes;
using Comptoir.Data.Pricing;

namespace Comptoir.Data.Demo;

/// <summary>
/// The demo's products and price lists, saved through their stores like a user's input, so that the
/// « Simuler un prix » panel has something to price: a volume list for resellers, a group list for the
/// Lefèvre bakeries (a parent and its subsidiaries) and an expired list.
/// </summary>
public static class DemoCatalogue
{
    public const string ResellerList = "Tarif revendeurs", GroupList = "Tarif groupe Lefèvre", ExpiredList = "Tarif 2025";

    private static readonly (string Code, string Name, string Unit, decimal Price, string Vat)[] Products =
    [
        ("FAR-T65-25", "Farine T65 (sac de 25 kg)", "sac", 21.90m, "5.5"),
        ("LEV-FR-1", "Levure fraîche (1 kg)", "kg", 6.40m, "5.5"),
        ("EMB-KRAFT-500", "Sacs kraft à baguette (×500)", "carton", 18.50m, "20"),
        ("PAP-A4-80", "Ramette papier A4 80 g", "ramette", 4.95m, "20"),
        ("MAINT-JOUR", "Maintenance sur site (journée)", "jour", 640m, "20"),
        ("LOG-CAISSE-AN", "Licence logiciel de caisse (an)", "licence", 390m, "20"),
    ];

    /// <summary>Creates the catalogue; returns the price lists' ids by name.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> SeedAsync(ProductStore products, PriceListStore priceLists, UserContext admin, CancellationToken ct)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (code, name, unit, price, vat) in Products)
        {
            var product = await SaveAsync(products, admin, new JsonObject
            {
                ["code"] = code, ["name"] = name, ["unit"] = unit, ["unitPrice"] = price, ["vatRate"] = vat, ["active"] = true,
            }, ct);
            ids[code] = product.Id;
        }

        var year = DateTime.UtcNow.Year;
        var lists = new Dictionary<string, long>(StringComparer.Ordinal);
        async Task AddList(string name, string from, string to, params JsonObject[] lines) =>
            lists[name] = (await SaveAsync(priceLists, admin, new JsonObject
            {
                ["name"] = name, ["currency"] = "EUR", ["validFrom"] = from, ["validTo"] = to, ["active"] = true,
                ["lines"] = new JsonArray(lines.Select(l => (JsonNode)l).ToArray()),
            }, ct)).Id;

        await AddList(ResellerList, $"{year}-01-01", $"{year + 1}-12-31",
            Line(ids["FAR-T65-25"], "volume", (1, 21.90m), (51, 19.90m), (201, 17.50m)),
            Line(ids["PAP-A4-80"], "tranches", (1, 4.95m), (101, 4.20m), (501, 3.80m)),
            Discount(ids["MAINT-JOUR"], "volume", (1, 0m), (5, 10m), (20, 15m)));
        await AddList(GroupList, $"{year}-01-01", $"{year + 1}-12-31",
            Line(ids["FAR-T65-25"], "groupVolume", (1, 21.90m), (100, 19.50m), (500, 17.20m)),
            Line(ids["LEV-FR-1"], "groupVolume", (1, 6.40m), (50, 5.90m)),
            Discount(ids["EMB-KRAFT-500"], "tranches", (1, 0m), (20, 8m)));
        await AddList(ExpiredList, $"{year - 1}-01-01", $"{year - 1}-12-31",
            Line(ids["FAR-T65-25"], "volume", (1, 20.50m), (100, 18.90m)));
        return lists;
    }

    private static JsonObject Line(long product, string strategy, params (long From, decimal Price)[] brackets) => new()
    {
        ["product"] = product, ["strategy"] = strategy,
        ["brackets"] = new JsonArray(brackets.Select(b => (JsonNode)new JsonObject { ["fromQuantity"] = b.From, ["unitPrice"] = b.Price }).ToArray()),
    };

    private static JsonObject Discount(long product, string strategy, params (long From, decimal Percent)[] brackets) => new()
    {
        ["product"] = product, ["strategy"] = strategy,
        ["brackets"] = new JsonArray(brackets.Select(b => (JsonNode)new JsonObject { ["fromQuantity"] = b.From, ["discountPercent"] = b.Percent }).ToArray()),
    };

    private static async Task<T> SaveAsync<T>(RecordStore<T> store, UserContext admin, JsonObject json, CancellationToken ct) where T : class, IRecord, new() =>
        DemoData.Saved(await store.CreateAsync(admin, RecordInput.FromJson(json), ct), $"{store.Module.Name} {json["name"]}");
}
