using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Infrastructure;

/// <summary>
/// The real application through the real pipeline (TestServer), on its own database.
/// The administrator is "admin" / <see cref="AdminPassword"/>.
/// </summary>
public sealed partial class TestApp : WebApplicationFactory<Program>
{
    public const string AdminPassword = "clef-du-comptoir-1";
    private readonly TestDatabase _database;
    private readonly Dictionary<string, string?> _settings;
    private readonly bool _ownsDatabase;
    private readonly Action<IServiceCollection>? _services;

    private TestApp(TestDatabase database, Dictionary<string, string?> settings, bool ownsDatabase = true, Action<IServiceCollection>? services = null)
    {
        _database = database;
        _settings = settings;
        _ownsDatabase = ownsDatabase;
        _services = services;
    }

    public TestDatabase Database => _database;

    /// <param name="services">Replaces application services after the app registered them (e.g. a module registry with custom fields).</param>
    public static async Task<TestApp> StartAsync(Db kind, Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var app = new TestApp(await TemplateDatabase.CopyAsync(kind), settings ?? [], services: services);
        _ = app.Server; // builds the host: runs the start-up (migrations, administrator) on the copy
        return app;
    }

    /// <summary>A second server process sharing the database of another; the first one drops it when disposed.</summary>
    public static TestApp StartOn(TestDatabase database, Dictionary<string, string?>? settings = null)
    {
        var app = new TestApp(database, settings ?? [], ownsDatabase: false);
        _ = app.Server;
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Comptoir:Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Comptoir", _database.ConnectionString);
        builder.UseSetting("Comptoir:AdminPassword", AdminPassword);
        builder.UseSetting("Comptoir:RateLimits:TokensPerMinute", "1000");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    /// <summary>An API client carrying a bearer token of the given user.</summary>
    public async Task<HttpClient> ApiClientAsync(string username = "admin", string password = AdminPassword, string language = "fr")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { username, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client (cookies, redirects) signed in through the login form.</summary>
    public async Task<HttpClient> SignedInClientAsync(string username = "admin", string password = AdminPassword)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });
        var response = await client.PostFormAsync("/login", new() { ["username"] = username, ["password"] = password });
        response.EnsureSuccessStatusCode();
        if (response.RequestMessage!.RequestUri!.AbsolutePath == "/login")
            throw new InvalidOperationException("Login failed for " + username);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) await _database.DisposeAsync();
    }
}

public static class HttpClientFormExtensions
{
    /// <summary>GETs the form's page first for its antiforgery token, then posts the fields like a browser.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        var token = AntiforgeryToken(page);
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(url, content);
    }

    public static string AntiforgeryToken(string html) => Html.Parse(html).AntiforgeryToken();
}
