using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Fields;

/// <summary>A list sorts by a custom field of every type whose values order, and refuses the others by name.</summary>
public sealed class CustomFieldSortTests
{
    // Per field, three values in increasing order; Alpha gets the largest, Bravo the smallest, Charlie the middle one,
    // so that neither creation order nor the name could give the expected order by chance.
    private static readonly Dictionary<string, JsonNode[]> Ordered = new()
    {
        ["cf_texte"] = ["a1", "b2", "c3"],
        ["cf_zone"] = ["Avant", "Bientôt", "Côté cour"],
        // 2 < 10 < 300 as numbers, not as text.
        ["cf_entier"] = [2, 10, 300],
        ["cf_decimal"] = [1.5m, 2.25m, 10m],
        ["cf_pourcentage"] = [5m, 12.5m, 50m],
        ["cf_montant"] = [9.99m, 100m, 1000m],
        ["cf_date"] = ["2026-01-05", "2026-02-01", "2026-12-31"],
        ["cf_rappel"] = ["2026-01-05T10:00:00Z", "2026-03-01T08:00:00Z", "2026-11-29T13:30:00Z"],
        ["cf_heure"] = ["08:00", "09:30", "14:30"],
        ["cf_email"] = ["a@societe.fr", "b@societe.fr", "c@societe.fr"],
        ["cf_telephone"] = ["+33142685300", "+33155000000", "+33612345678"],
        ["cf_site"] = ["https://a.fr", "https://b.fr", "https://c.fr"],
        ["cf_niveau"] = ["argent", "bronze", "or"],
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_sortable_custom_type_orders_the_list_both_ways(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var api = await app.ApiClientAsync();
        foreach (var (name, rank) in new[] { ("Alpha", 2), ("Bravo", 0), ("Charlie", 1) })
        {
            var body = new JsonObject { ["name"] = name };
            foreach (var (key, values) in Ordered) body[key] = values[rank].DeepClone();
            var created = await api.PostAsJsonAsync("/api/v1/accounts", body);
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }

        foreach (var key in Ordered.Keys)
        {
            Assert.Equal(["Bravo", "Charlie", "Alpha"], await NamesAsync(api, $"sort={key}&order=asc"));
            Assert.Equal(["Alpha", "Charlie", "Bravo"], await NamesAsync(api, $"sort={key}&order=desc"));
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_custom_field_whose_values_do_not_order_is_refused_as_a_sort_key(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var api = await app.ApiClientAsync();
        foreach (var key in new[] { "cf_actif", "cf_interets", "cf_parrain" })
        {
            var response = await api.GetAsync($"/api/v1/accounts?sort={key}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            var message = problem["errors"]!["sort"]![0]!.GetValue<string>();
            Assert.StartsWith($"Tri impossible sur « {key} »", message, StringComparison.Ordinal);
            // The keys offered instead are the ones that do sort.
            Assert.Contains("cf_entier", message, StringComparison.Ordinal);
            Assert.DoesNotContain("cf_actif", message.Split(':')[1], StringComparison.Ordinal);
        }
    }

    private static async Task<List<string>> NamesAsync(HttpClient api, string query)
    {
        var page = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/accounts?{query}"))!;
        return page["items"]!.AsArray().Select(item => item!["name"]!.GetValue<string>())
            .Where(name => name is "Alpha" or "Bravo" or "Charlie").ToList();
    }
}
