using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Comptoir.Core.Teams;
using Comptoir.Data;
using Comptoir.Data.Identity;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Api;

/// <summary>Speaks JSON to the API and reads its answers: records, lists and problem details.</summary>
internal static class ApiHelpers
{
    public const string Accounts = "/api/v1/accounts";
    public const string UserPassword = "user-password-1";

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body, Action<HttpRequestMessage>? headers = null) =>
        SendJsonAsync(client, HttpMethod.Post, url, body, headers);

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, object body, Action<HttpRequestMessage>? headers = null) =>
        SendJsonAsync(client, HttpMethod.Patch, url, body, headers);

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object body, Action<HttpRequestMessage>? headers = null)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body),
        };
        headers?.Invoke(request);
        return client.SendAsync(request);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)
        ?? throw new InvalidOperationException("Not a JSON object.");

    /// <summary>Creates an account through the API and returns its JSON; fails the test when refused.</summary>
    public static async Task<JsonObject> CreateAccountAsync(this HttpClient client, object body)
    {
        var response = await client.PostJsonAsync(Accounts, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    /// <summary>The problem's field errors (errors: {key: [messages]}), after checking the problem media type.</summary>
    public static async Task<Dictionary<string, string[]>> ProblemErrorsAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        return problem["errors"] is JsonObject errors
            ? errors.ToDictionary(e => e.Key, e => e.Value!.AsArray().Select(m => m!.GetValue<string>()).ToArray())
            : [];
    }

    public static async Task<JsonObject> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.JsonAsync();
    }

    public static void IfMatch(this HttpRequestMessage request, string etag) =>
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));

    /// <summary>An active, non-administrator user.</summary>
    public static async Task<int> CreateUserAsync(this TestApp app, string username, string displayName)
    {
        using var scope = app.Services.CreateScope();
        var user = new AppUser { UserName = username, DisplayName = displayName, IsActive = true, CreatedAt = DateTime.UtcNow };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, UserPassword);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user.Id;
    }

    public static async Task<int> CreateTeamAsync(this TestApp app, string name, params int[] members)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = new Team
        {
            Name = name, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            Members = members.Select(id => new TeamMember { UserId = id }).ToList(),
        };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }
}
