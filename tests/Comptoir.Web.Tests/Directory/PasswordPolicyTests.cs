using System.Net;
using System.Net.Http.Json;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

/// <summary>12 characters at least, none of the shipped common passwords, never the username: wherever a password is set.</summary>
public sealed class PasswordPolicyTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_api_refuses_a_common_password_and_one_containing_the_username_in_the_callers_language(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var french = await app.BearerClientAsync();
        var english = await app.BearerClientAsync(language: "en");

        var common = await french.PostAsJsonAsync("/api/v1/users", new { username = "cmartin", displayName = "Claire", password = "MotDePasse123" });
        var withName = await french.PostAsJsonAsync("/api/v1/users", new { username = "cmartin", displayName = "Claire", password = "le-secret-de-CMartin" });
        var englishCommon = await english.PostAsJsonAsync("/api/v1/users", new { username = "cmartin", displayName = "Claire", password = "azertyuiop123" });

        Assert.Equal(HttpStatusCode.BadRequest, common.StatusCode);
        Assert.Equal(["Ce mot de passe fait partie des plus courants : choisissez-en un autre."], DirectoryHelpers.Errors(await common.JsonAsync(), "password"));
        Assert.Equal(HttpStatusCode.BadRequest, withName.StatusCode);
        Assert.Equal(["Le mot de passe ne doit pas contenir l'identifiant."], DirectoryHelpers.Errors(await withName.JsonAsync(), "password"));
        Assert.Equal(["This password is one of the most common ones: choose another."], DirectoryHelpers.Errors(await englishCommon.JsonAsync(), "password"));
        Assert.Equal(1, await app.QueryAsync(d => d.Users.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_users_page_shows_the_refusal_under_the_password_and_creates_nobody(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var html = await (await admin.AddUserAsync("jdupont", "Jean Dupont", password: "jdupont-2026-bureau")).TextAsync();

        Assert.Contains("Le mot de passe ne doit pas contenir l'identifiant.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(d => d.Users.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_profile_refuses_a_common_new_password_and_keeps_the_old_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var html = await (await admin.PostFormAsync("/profile?handler=Password",
            new() { ["currentPassword"] = TestApp.AdminPassword, ["newPassword"] = "passwordpassword" }, formPage: "/profile")).TextAsync();

        Assert.Contains("Ce mot de passe fait partie des plus courants : choisissez-en un autre.", html, StringComparison.Ordinal);
        await app.SignedInClientAsync(); // the old password still opens the session
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_weak_configured_administrator_password_stops_the_first_start_saying_why(Db db)
    {
        await using var database = await TestDatabase.CreateAsync(db);

        var error = Assert.ThrowsAny<Exception>(() =>
        {
            using var app = TestApp.StartOn(database, new() { ["Comptoir:AdminPassword"] = "admin-2026-comptoir" });
        });

        Assert.Contains("Le mot de passe ne doit pas contenir l'identifiant.", error.ToString(), StringComparison.Ordinal);
    }
}
