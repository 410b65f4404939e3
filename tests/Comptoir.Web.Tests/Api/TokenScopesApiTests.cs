using System.Net;
using System.Net.Http.Headers;
using Comptoir.Data;
using Comptoir.Web.Tests.DirectoryTests;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Api;

/// <summary>Tokens with a name, scopes (read, write, admin) and an expiry: what a script sees.</summary>
public sealed class TokenScopesApiTests
{
    private static readonly string[] ReadOnly = ["read"], WriteOnly = ["write"], Unknown = ["delete"], ReadAndAdmin = ["read", "admin"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_read_token_reads_but_any_write_is_a_403_problem_that_changes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await TokenClientAsync(app, new { username = "admin", password = TestApp.AdminPassword, name = "rapport", scopes = ReadOnly });

        var list = await client.GetAsync(ApiHelpers.Accounts);
        var create = await client.PostJsonAsync(ApiHelpers.Accounts, new { name = "Boulangerie Dupont" });

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("application/problem+json", create.Content.Headers.ContentType?.MediaType);
        Assert.Contains("write", (await create.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(d => d.Accounts.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_administrators_token_without_admin_scope_cannot_administer(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var writer = await TokenClientAsync(app, new { username = "admin", password = TestApp.AdminPassword, scopes = WriteOnly });

        var account = await writer.PostJsonAsync(ApiHelpers.Accounts, new { name = "Boulangerie Dupont" });
        var user = await writer.PostJsonAsync("/api/v1/users", new { username = "cmartin", displayName = "Claire", password = "un-mot-de-passe-1" });

        Assert.Equal(HttpStatusCode.Created, account.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, user.StatusCode);
        Assert.Equal(1, await app.QueryAsync(d => d.Users.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_response_names_scopes_and_expiry_defaulting_to_90_days(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var plain = await (await client.PostJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = TestApp.AdminPassword })).JsonAsync();
        var week = await (await client.PostJsonAsync("/api/v1/auth/tokens",
            new { username = "admin", password = TestApp.AdminPassword, scopes = WriteOnly, expiresInDays = 7 })).JsonAsync();

        Assert.Equal(["read", "write", "admin"], plain["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.InRange((plain["expiresAt"]!.GetValue<DateTime>() - DateTime.UtcNow).TotalDays, 89.9, 90.1);
        Assert.Equal(["read", "write"], week["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.InRange((week["expiresAt"]!.GetValue<DateTime>() - DateTime.UtcNow).TotalDays, 6.9, 7.1);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_scopes_or_lifetime_and_admin_for_a_non_administrator_are_400_problems(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("paul", "Paul Martin");
        var client = app.CreateClient();

        var unknown = await client.PostJsonAsync("/api/v1/auth/tokens",
            new { username = "admin", password = TestApp.AdminPassword, scopes = Unknown, expiresInDays = 0 });
        var notAdmin = await client.PostJsonAsync("/api/v1/auth/tokens",
            new { username = "paul", password = ApiHelpers.UserPassword, scopes = ReadAndAdmin });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var errors = await unknown.ProblemErrorsAsync();
        Assert.Contains("delete", errors["scopes"][0], StringComparison.Ordinal);
        Assert.Equal("La durée de validité va de 1 à 3650 jours.", errors["expiresInDays"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, notAdmin.StatusCode);
        Assert.Equal("Seul un administrateur peut obtenir un jeton avec la portée « admin ».", (await notAdmin.ProblemErrorsAsync())["scopes"][0]);
        Assert.Equal(0, await app.QueryAsync(d => d.ApiTokens.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_expired_token_is_a_401(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await TokenClientAsync(app, new { username = "admin", password = TestApp.AdminPassword, expiresInDays = 1 });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ApiHelpers.Accounts)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().ApiTokens
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));

        var response = await client.GetAsync(ApiHelpers.Accounts);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<HttpClient> TokenClientAsync(TestApp app, object body)
    {
        var client = app.CreateClient();
        var response = await client.PostJsonAsync("/api/v1/auth/tokens", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.JsonAsync())["token"]!.GetValue<string>());
        return client;
    }
}
