using System.Net;
using System.Net.Http.Headers;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

public sealed class ProfileTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Choosing_English_in_the_profile_turns_the_pages_English_and_automatic_turns_them_back(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.CreateUserAsync("cmartin", "Claire Martin");
        var claire = await app.SignedInClientAsync("cmartin", DirectoryHelpers.Password);

        var saved = await claire.PostFormAsync("/profile?handler=Details", new() { ["displayName"] = "Claire Martin", ["email"] = "", ["locale"] = "en" }, formPage: "/profile");
        Assert.Equal("/profile", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var home = await (await claire.GetAsync("/")).TextAsync();
        Assert.Contains(">Accounts<", home, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", home, StringComparison.Ordinal);
        Assert.Equal("en", await app.QueryAsync(d => d.Users.Where(u => u.UserName == "cmartin").Select(u => u.Locale).SingleAsync()));

        await claire.PostFormAsync("/profile?handler=Details", new() { ["displayName"] = "Claire Martin", ["locale"] = "" }, formPage: "/profile");
        Assert.Contains(">Comptes clients<", await (await claire.GetAsync("/")).TextAsync(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Profile_shows_field_errors_and_keeps_the_typed_values(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var html = await (await admin.PostFormAsync("/profile?handler=Details", new() { ["displayName"] = "", ["email"] = "admin@@societe" }, formPage: "/profile")).TextAsync();
        Assert.Contains("Le nom affiché est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"admin@@societe\"", html, StringComparison.Ordinal);
        Assert.Equal("Administrateur", await app.QueryAsync(d => d.Users.Select(u => u.DisplayName).SingleAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Changing_the_password_needs_the_current_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var wrong = await admin.PostFormAsync("/profile?handler=Password", new() { ["currentPassword"] = "pas-le-bon", ["newPassword"] = "nouveau-secret-2" }, formPage: "/profile");
        Assert.Contains("Mot de passe incorrect.", await wrong.TextAsync(), StringComparison.Ordinal);

        await admin.PostFormAsync("/profile?handler=Password", new() { ["currentPassword"] = TestApp.AdminPassword, ["newPassword"] = "nouveau-secret-2" }, formPage: "/profile");
        await app.SignedInClientAsync("admin", "nouveau-secret-2");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignedInClientAsync());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_password_change_ends_the_other_sessions_but_keeps_this_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var laptop = await app.SignedInClientAsync();
        var phone = await app.SignedInClientAsync();

        var changed = await laptop.PostFormAsync("/profile?handler=Password", new() { ["currentPassword"] = TestApp.AdminPassword, ["newPassword"] = "nouveau-secret-2" }, formPage: "/profile");
        Assert.Equal("/profile", changed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/", (await laptop.GetAsync("/")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("/login", (await phone.GetAsync("/")).RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Token_created_on_the_profile_works_as_a_bearer_until_revoked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var createdPage = await admin.PostFormAsync("/profile?handler=CreateToken", new() { ["tokenName"] = "Export nocturne" }, formPage: "/profile");
        var created = await createdPage.TextAsync();
        var token = (await createdPage.HtmlAsync()).ValueOf("#new-token-value") ?? "";
        Assert.StartsWith("cpt_", token, StringComparison.Ordinal);
        Assert.Contains("il ne sera plus jamais affiché", created, StringComparison.Ordinal);

        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/users")).StatusCode);

        var profilePage = await admin.GetAsync("/profile");
        var profile = await profilePage.TextAsync();
        Assert.Contains("Export nocturne", profile, StringComparison.Ordinal);
        Assert.DoesNotContain(token, profile, StringComparison.Ordinal);
        var tokenId = (await profilePage.HtmlAsync()).ValueOf("input[name=tokenId]") ?? "";

        await admin.PostFormAsync("/profile?handler=RevokeToken", new() { ["tokenId"] = tokenId }, formPage: "/profile");
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/users")).StatusCode);
        Assert.DoesNotContain("Export nocturne", await (await admin.GetAsync("/profile")).TextAsync(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_user_cannot_revoke_someone_elses_token(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.CreateUserAsync("cmartin", "Claire Martin");
        var adminApi = await app.BearerClientAsync();
        var tokenId = await app.QueryAsync(d => d.ApiTokens.Select(t => t.Id).SingleAsync());

        var claire = await app.SignedInClientAsync("cmartin", DirectoryHelpers.Password);
        var response = await claire.PostFormAsync("/profile?handler=RevokeToken", new() { ["tokenId"] = tokenId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, formPage: "/profile");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await adminApi.GetAsync("/api/v1/users")).StatusCode);
    }
}
