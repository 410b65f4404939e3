using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;

namespace Comptoir.Web.Tests.History;

/// <summary>Reads a record's history through the API.</summary>
internal static class HistoryHelpers
{
    public static async Task<JsonArray> HistoryAsync(this HttpClient client, string recordUrl, string query = "")
    {
        var response = await client.GetAsync($"{recordUrl}/history{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["items"]!.AsArray();
    }

    /// <summary>An entry's changes as "field: old → new", values formatted as the API sends them.</summary>
    public static List<string> Changes(JsonNode entry) =>
        entry["changes"]!.AsArray()
            .Select(c => $"{c!["field"]!.GetValue<string>()}: {c["old"]!.GetValue<string>()} → {c["new"]!.GetValue<string>()}")
            .ToList();

    public static string Label(JsonNode entry, string field) =>
        entry["changes"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == field)!["label"]!.GetValue<string>();
}
