using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.MassActions;

namespace Comptoir.Web.Tests.Duplicates;

internal static class FindHelpers
{
    /// <summary>POST /api/v1/{module}/duplicates/find, then follows the job until it is done.</summary>
    public static async Task<JsonObject> FindDuplicatesAsync(this HttpClient api, string module)
    {
        var accepted = await api.PostAsync($"/api/v1/{module}/duplicates/find", null);
        var job = await api.WaitForJobAsync(accepted);
        Assert.True(job["status"]!.GetValue<string>() == "done", job.ToJsonString());
        return job;
    }

    /// <summary>GET /api/v1/{module}/duplicates/groups, answered 200.</summary>
    public static async Task<JsonObject> GroupsAsync(this HttpClient api, string module, string query = "")
    {
        var response = await api.GetAsync($"/api/v1/{module}/duplicates/groups{query}");
        var json = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    public static List<long> Ids(JsonNode group) => group["ids"]!.AsArray().Select(i => i!.GetValue<long>()).ToList();

    public static List<string> FieldsOf(JsonNode group) => group["fields"]!.AsArray().Select(f => f!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();

    public static List<JsonNode> Items(JsonObject groups) => groups["items"]!.AsArray().Select(g => g!).ToList();
}
