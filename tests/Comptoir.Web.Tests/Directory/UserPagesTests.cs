using System.Net;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

public sealed class UserPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Admin_creates_a_user_through_the_form_and_that_user_signs_in(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.CreateUserAsync("cmartin", "Claire Martin");

        var list = await (await admin.GetAsync("/settings/users")).TextAsync();
        Assert.Contains("cmartin", list, StringComparison.Ordinal);
        Assert.Contains("Claire Martin", list, StringComparison.Ordinal);

        var claire = await app.SignedInClientAsync("cmartin", DirectoryHelpers.Password);
        Assert.Contains("Bonjour Claire Martin", await (await claire.GetAsync("/")).TextAsync(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Too_short_password_gets_a_French_error_keeps_the_values_and_creates_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var response = await admin.AddUserAsync("jdupont", "Jean Dupont", password: "court");

        var html = await response.TextAsync();
        Assert.Equal("/settings/users/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Jean Dupont\"", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(d => d.Users.AnyAsync(u => u.UserName == "jdupont")));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Missing_display_name_and_bad_email_are_reported_together(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var response = await admin.PostFormAsync("/settings/users/new", new()
        {
            ["username"] = "jdupont", ["displayName"] = " ", ["email"] = "jean@", ["password"] = "court",
        });
        var html = await response.TextAsync();
        Assert.Contains("Le nom affiché est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("Adresse email invalide", html, StringComparison.Ordinal);
        Assert.Contains("Le mot de passe doit compter au moins 12 caractères.", html, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(d => d.Users.AnyAsync(u => u.UserName == "jdupont")));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Duplicate_username_is_refused(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.CreateUserAsync("cmartin", "Claire Martin");

        var response = await admin.AddUserAsync("cmartin", "Claude Martin");
        Assert.Contains("L'identifiant « cmartin » est déjà utilisé.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(d => d.Users.CountAsync(u => u.UserName == "cmartin")));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deactivated_user_cannot_sign_in_and_loses_their_open_session(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var id = await admin.CreateUserAsync("cmartin", "Claire Martin");
        var claire = await app.SignedInClientAsync("cmartin", DirectoryHelpers.Password);

        var saved = await admin.PostFormAsync($"/settings/users/{id}", await EditFieldsAsync(admin, id, isActive: false));
        Assert.Equal("/settings/users", saved.RequestMessage!.RequestUri!.AbsolutePath);

        var next = await claire.GetAsync("/");
        Assert.Equal("/login", next.RequestMessage!.RequestUri!.AbsolutePath);
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignedInClientAsync("cmartin", DirectoryHelpers.Password));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_admin_cannot_deactivate_or_demote_themself(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var adminId = await app.QueryAsync(d => d.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());

        var fields = await EditFieldsAsync(admin, adminId, isActive: false);
        fields.Remove("isAdmin");
        var html = await (await admin.PostFormAsync($"/settings/users/{adminId}", fields)).TextAsync();
        Assert.Contains("Vous ne pouvez pas désactiver votre propre compte.", html, StringComparison.Ordinal);
        Assert.Contains("Vous ne pouvez pas retirer vos propres droits d'administrateur.", html, StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(d => d.Users.AnyAsync(u => u.Id == adminId && u.IsActive && u.IsAdmin)));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Admin_resets_a_password_and_only_the_new_one_works(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var id = await admin.CreateUserAsync("cmartin", "Claire Martin");
        var fields = await EditFieldsAsync(admin, id);
        fields["password"] = "nouveau-secret-2";
        await admin.PostFormAsync($"/settings/users/{id}", fields);

        await app.SignedInClientAsync("cmartin", "nouveau-secret-2");
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignedInClientAsync("cmartin", DirectoryHelpers.Password));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_non_admin_is_refused_the_settings_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.CreateUserAsync("cmartin", "Claire Martin");
        var claire = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await claire.PostFormAsync("/login", new() { ["username"] = "cmartin", ["password"] = DirectoryHelpers.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        foreach (var url in new[] { "/settings/users", "/settings/users/new", "/settings/teams", "/settings/sharing" })
        {
            var response = await claire.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/denied", StringComparison.Ordinal)),
                $"{url} answered {response.StatusCode}");
        }
        var home = await (await claire.GetAsync("/")).TextAsync();
        Assert.DoesNotContain("/settings/users", home, StringComparison.Ordinal);
    }

    /// <summary>The edit form as the browser would post it back, with the activity changed.</summary>
    private static async Task<Dictionary<string, string>> EditFieldsAsync(HttpClient admin, int id, bool isActive = true)
    {
        var page = await admin.GetHtmlAsync($"/settings/users/{id}");
        var fields = new Dictionary<string, string>
        {
            ["_version"] = page.ValueOf("input[name=_version]")!, ["displayName"] = page.ValueOf("#f-displayName")!,
            ["email"] = "", ["locale"] = "", ["isAdmin"] = "true",
        };
        if (!page.IsChecked("#f-isAdmin")) fields.Remove("isAdmin");
        if (isActive) fields["isActive"] = "true";
        return fields;
    }
}
