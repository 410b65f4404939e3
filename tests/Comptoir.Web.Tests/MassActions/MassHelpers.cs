using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;

namespace Comptoir.Web.Tests.MassActions;

internal static class MassHelpers
{
    public static async Task<long[]> CreateAccountsAsync(this HttpClient client, params object[] bodies)
    {
        var ids = new List<long>();
        foreach (var body in bodies) ids.Add((await client.CreateAccountAsync(body))["id"]!.GetValue<long>());
        return [.. ids];
    }

    public static async Task<JsonObject> AccountAsync(this HttpClient client, long id) =>
        await (await client.GetAsync($"{ApiHelpers.Accounts}/{id}")).JsonAsync();

    /// <summary>Follows a 202's Location until the job is over (done or failed), and returns it.</summary>
    public static async Task<JsonObject> WaitForJobAsync(this HttpClient client, HttpResponseMessage accepted, int seconds = 60)
    {
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Headers.Location!.OriginalString;
        Assert.StartsWith("/api/v1/jobs/", location);
        return await client.WaitForJobAsync(location, seconds);
    }

    public static async Task<JsonObject> WaitForJobAsync(this HttpClient client, string location, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var job = await (await client.GetAsync(location)).JsonAsync();
            var status = job["status"]!.GetValue<string>();
            if (status is "done" or "failed") return job;
            Assert.True(DateTime.UtcNow < until, $"job still {status}: {job.ToJsonString()}");
            await Task.Delay(100);
        }
    }
}
