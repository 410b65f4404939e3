using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;

namespace Comptoir.Web.Tests.Contacts;

internal static class ContactHelpers
{
    public const string Contacts = "/api/v1/contacts";

    /// <summary>Creates a contact through the API and returns its JSON; fails the test when refused.</summary>
    public static async Task<JsonObject> CreateContactAsync(this HttpClient client, object body)
    {
        var response = await client.PostJsonAsync(Contacts, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    public static long Id(this JsonObject record) => record["id"]!.GetValue<long>();

    /// <summary>The fullName of each contact of a list answer, in order.</summary>
    public static async Task<List<string>> NamesAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["items"]!.AsArray().Select(c => c!["fullName"]!.GetValue<string>()).ToList();
    }
}
