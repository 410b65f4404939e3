using System.Net;
using System.Net.Http.Json;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Comptoir.Web.Tests.Auth;

public sealed class LoginTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_redirect_to_login_when_signed_out(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Wrong_password_shows_a_French_message_and_keeps_the_user_out(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();
        var response = await client.PostFormAsync("/login", new() { ["username"] = "admin", ["password"] = "wrong-password" });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Identifiant ou mot de passe incorrect.", html, StringComparison.Ordinal);
        Assert.Equal("/login", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Five_failures_lock_the_account_even_for_the_right_password(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/login", new() { ["username"] = "admin", ["password"] = "wrong-password" });

        var response = await client.PostFormAsync("/login", new() { ["username"] = "admin", ["password"] = TestApp.AdminPassword });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("verrouillé", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bonjour Administrateur", html, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Login_without_antiforgery_token_is_refused(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "admin", ["password"] = TestApp.AdminPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Session_cookie_is_http_only_and_same_site(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostFormAsync("/login", new() { ["username"] = "admin", ["password"] = TestApp.AdminPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Comptoir.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Session_cookie_is_secure_over_https(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        var response = await client.PostFormAsync("/login", new() { ["username"] = "admin", ["password"] = TestApp.AdminPassword });
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Comptoir.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Logout_ends_the_session(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var response = await client.PostFormAsync("/logout", [], formPage: "/");
        Assert.Equal("/login", response.RequestMessage!.RequestUri!.AbsolutePath);
        var again = await client.GetAsync("/");
        Assert.Equal("/login", again.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_are_in_English_when_the_browser_asks(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        var html = await client.GetStringAsync("/login");
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }
}

public sealed class StatusPageTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Not_found_page_speaks_the_browser_language(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var response = await client.GetAsync("/accounts/987654");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Not found", html, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_user_without_the_right_gets_an_honest_403(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { username = "paul", displayName = "Paul Martin", password = "trois-pommes-vertes" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var paul = await app.SignedInClientAsync("paul", "trois-pommes-vertes");
        var response = await paul.GetAsync("/settings/users");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Accès refusé", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
