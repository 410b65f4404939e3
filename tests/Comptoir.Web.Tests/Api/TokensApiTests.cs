using System.Net;
using System.Net.Http.Headers;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class TokensApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Right_password_gives_a_token_that_opens_the_api(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var response = await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = TestApp.AdminPassword });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.JsonAsync())["token"]!.GetValue<string>();
        Assert.StartsWith("cpt_", token, StringComparison.Ordinal);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ApiHelpers.Accounts)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Wrong_password_is_a_401_problem_in_french_or_english(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var french = await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = "not-the-password" });
        var english = await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = "not-the-password" },
            r => r.Headers.AcceptLanguage.ParseAdd("en"));
        var unknown = await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "nobody", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, french.StatusCode);
        Assert.Equal("Identifiant ou mot de passe incorrect.", (await french.ProblemAsync())["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, english.StatusCode);
        Assert.Equal("Incorrect username or password.", (await english.ProblemAsync())["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Five_failures_lock_the_account_even_against_the_right_password(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("paul", "Paul Martin");
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
            await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "paul", password = "wrong-password" });
        var response = await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "paul", password = ApiHelpers.UserPassword });

        Assert.Equal((HttpStatusCode)423, response.StatusCode);
        Assert.Contains("verrouillé", (await response.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(response.Headers.RetryAfter is not null);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Missing_fields_and_malformed_json_are_400_problems(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var missing = await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "", secret = 1 });
        var malformed = await client.PostJsonAsync("/api/v1/auth/tokens", "{\"username\": \"admin\",");
        var notJson = await client.PostAsync("/api/v1/auth/tokens", new StringContent("username=admin"));

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = await missing.ProblemErrorsAsync();
        Assert.Equal(["password", "secret", "username"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("JSON mal formé", (await malformed.ProblemErrorsAsync())["$"][0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Api_without_a_token_or_with_a_bad_one_is_a_401_problem(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var none = await client.GetAsync(ApiHelpers.Accounts);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "cpt_not-a-real-token-at-all");
        var bad = await client.GetAsync(ApiHelpers.Accounts);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Authentification requise", (await none.ProblemAsync())["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
    }
}
