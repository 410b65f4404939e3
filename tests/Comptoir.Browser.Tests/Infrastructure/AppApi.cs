using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>
/// The application's REST API as the administrator, to put a test's records and layout in place
/// quickly; what the test then checks, it checks in the browser.
/// </summary>
public sealed class AppApi : IDisposable
{
    private readonly HttpClient _client;

    private AppApi(HttpClient client) => _client = client;

    public static async Task<AppApi> SignInAsync(KestrelApp app)
    {
        var client = new HttpClient { BaseAddress = app.BaseAddress };
        var token = await SendAsync(client, HttpMethod.Post, "/api/v1/auth/tokens", new { username = "admin", password = KestrelApp.AdminPassword });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        return new AppApi(client);
    }

    public Task<JsonObject> PostAsync(string path, object body) => SendAsync(_client, HttpMethod.Post, path, body);

    public Task<JsonObject> PatchAsync(string path, object body) => SendAsync(_client, HttpMethod.Patch, path, body);

    public async Task DeleteAsync(string path)
    {
        using var response = await _client.DeleteAsync(path);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"DELETE {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => _client.Dispose();

    private static async Task<JsonObject> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) });
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
