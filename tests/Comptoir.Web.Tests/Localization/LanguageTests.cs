using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Localization;

/// <summary>French by default, English when the browser asks: the resources are found at run time.</summary>
public sealed class LanguageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Shows_the_login_page_in_french_by_default_and_in_english_on_request(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var french = await client.GetStringAsync("/login");
        Assert.Contains("Connexion à Comptoir", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.8");
        var english = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Sign in to Comptoir", english, StringComparison.Ordinal);
        Assert.Contains(">Password<", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Mot de passe", english, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Answers_api_problems_in_the_language_asked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Authentication required", problem!["title"]!.GetValue<string>());

        var french = await (await client.GetAsync("/api/v1/users")).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Authentification requise", french!["title"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Shows_the_home_page_in_english_with_the_culture_cookie(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var home = await client.GetStringAsync("/?culture=en");
        Assert.Contains("Hello Administrateur", home, StringComparison.Ordinal);
        Assert.Contains(">Sales<", home, StringComparison.Ordinal);
    }
}
