using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Search;

/// <summary>A few accounts and contacts as a user would type them, and the global search read back by module.</summary>
internal sealed class SearchWorld
{
    public required JsonObject Pixel { get; init; }
    public required JsonObject Dupont { get; init; }
    public required JsonObject Lefevre { get; init; }
    public required JsonObject HeadOffice { get; init; }
    public required JsonObject Branch { get; init; }
    public required JsonObject Jean { get; init; }

    public static async Task<SearchWorld> CreateAsync(HttpClient api)
    {
        var pixel = await api.CreateAccountAsync(new { name = "Agence Pixel & Papier", phone = "01 42 68 53 00", email = "contact@pixel-papier.fr", billingCity = "Paris", siret = "73282932000017" });
        var dupont = await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL", email = "jean@dupont.fr", billingCity = "Lyon" });
        var lefevre = await api.CreateAccountAsync(new { name = "Boulangerie Lefèvre Presqu'île", billingCity = "Vannes" });
        var head = await api.CreateAccountAsync(new { name = "Transports Marceau", siret = "443 121 975 00017", billingCity = "Nantes" });
        var branch = await api.CreateAccountAsync(new { name = "Transports Marceau Sud", siret = "44312197500025", billingCity = "Toulon" });
        var contact = await api.PostAsJsonAsync("/api/v1/contacts", new { firstName = "Jean", lastName = "Dupont", email = "jean.dupont@dupont.fr", mobile = "06 12 34 56 78", account = dupont["id"]!.GetValue<long>() });
        Assert.Equal(System.Net.HttpStatusCode.Created, contact.StatusCode);
        return new SearchWorld { Pixel = pixel, Dupont = dupont, Lefevre = lefevre, HeadOffice = head, Branch = branch, Jean = await contact.JsonAsync() };
    }

    /// <summary>GET /api/v1/search: the titles found, by module.</summary>
    public static async Task<Dictionary<string, List<string>>> SearchAsync(HttpClient api, string q)
    {
        var response = await api.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["groups"]!.AsArray().ToDictionary(
            g => g!["module"]!.GetValue<string>(),
            g => g!["hits"]!.AsArray().Select(h => h!["title"]!.GetValue<string>()).ToList());
    }

    /// <summary>The account titles found for <paramref name="q"/>, sorted.</summary>
    public static async Task<List<string>> AccountsAsync(HttpClient api, string q) =>
        (await SearchAsync(api, q)).GetValueOrDefault("accounts", []).Order(StringComparer.Ordinal).ToList();

    public static string Name(JsonObject record) => record["name"]!.GetValue<string>();
}
