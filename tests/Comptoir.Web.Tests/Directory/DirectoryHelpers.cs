using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data;
using Comptoir.Data.Accounts;
using Comptoir.Data.Api;
using Comptoir.Data.Records;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

/// <summary>Users, teams and accounts for the directory tests, made the way an administrator would.</summary>
internal static partial class DirectoryHelpers
{
    public const string Password = "un-mot-de-passe-1";

    /// <summary>« Ajouter un utilisateur » as the administrator fills it in; returns the page the browser lands on.</summary>
    public static Task<HttpResponseMessage> AddUserAsync(this HttpClient admin, string username, string displayName, string password = Password, bool isAdmin = false) =>
        admin.PostFormAsync("/settings/users/new", new()
        {
            ["username"] = username, ["displayName"] = displayName, ["email"] = username + "@societe.fr",
            ["password"] = password, ["locale"] = "", ["isAdmin"] = isAdmin ? "true" : "false",
        });

    /// <summary>A user created through the form, and their id.</summary>
    public static async Task<int> CreateUserAsync(this HttpClient admin, string username, string displayName)
    {
        var response = await admin.AddUserAsync(username, displayName);
        var path = response.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.True(UserUrl().IsMatch(path), $"User {username} not created: landed on {path}\n{await response.TextAsync()}");
        return int.Parse(UserUrl().Match(path).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A bearer client for any user (the token issued as the profile page does).</summary>
    public static async Task<HttpClient> BearerClientAsync(this TestApp app, string username = "admin", string language = "fr")
    {
        string token;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == username);
            token = await scope.ServiceProvider.GetRequiredService<ApiTokenStore>().IssueAsync(user.Id, "tests", CancellationToken.None);
        }
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An account assigned to the given owner ("user:3", "team:2"), created through the store.</summary>
    public static async Task<long> SeedAccountAsync(this TestApp app, string name, string assignedTo)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin");
        var input = new RecordInput();
        input.Set("name", name);
        input.Set("assignedTo", assignedTo);
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountStore>()
            .CreateAsync(new UserContext(admin.Id, admin.DisplayName, true, []), input, CancellationToken.None);
        Assert.Equal(SaveStatus.Saved, outcome.Status);
        return outcome.Record!.Id;
    }

    public static async Task<T> QueryAsync<T>(this TestApp app, Func<AppDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The page as a user reads it: entities (&amp;#x27; …) decoded.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static HttpRequestMessage Json(HttpMethod method, string url, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    public static HttpRequestMessage RawJson(HttpMethod method, string url, string json) =>
        new(method, url) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>The messages a problem response lists for one field.</summary>
    public static List<string> Errors(JsonObject problem, string key) =>
        problem["errors"]?[key]?.AsArray().Select(e => e!.GetValue<string>()).ToList() ?? [];

    /// <summary>The words of the page's error summary (Features/Shared/_ErrorSummary.cshtml), the one site.js focuses; empty when none.</summary>
    public static async Task<string> ErrorSummaryOfAsync(HttpResponseMessage page) =>
        (await page.HtmlAsync()).WordsOf("[data-error-summary]");

    [GeneratedRegex("^/settings/users/(\\d+)$")]
    private static partial Regex UserUrl();
}
