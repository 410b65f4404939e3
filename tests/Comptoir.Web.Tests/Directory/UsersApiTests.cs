using System.Net;
using System.Net.Http.Json;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

public sealed class UsersApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Admin_creates_a_user_who_can_then_sign_in(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.BearerClientAsync();
        var response = await api.PostAsJsonAsync("/api/v1/users", new
        {
            username = "cmartin", displayName = "Claire Martin", email = "claire@societe.fr", password = "un-mot-de-passe-1", isAdmin = false, locale = "en",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.JsonAsync();
        Assert.Equal("cmartin", user["username"]!.GetValue<string>());
        Assert.Equal("en", user["locale"]!.GetValue<string>());
        Assert.True(user["isActive"]!.GetValue<bool>());
        Assert.NotNull(response.Headers.ETag);

        await app.SignedInClientAsync("cmartin", "un-mot-de-passe-1");
        var list = await (await api.GetAsync("/api/v1/users")).JsonAsync();
        Assert.Equal(["admin", "cmartin"], list["items"]!.AsArray().Select(u => u!["username"]!.GetValue<string>()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Invalid_user_is_a_problem_listing_every_field_in_the_callers_language(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var body = new { username = "", displayName = "Jean", email = "jean@", password = "court", locale = "de" };

        var french = await (await app.BearerClientAsync()).PostAsJsonAsync("/api/v1/users", body);
        Assert.Equal(HttpStatusCode.BadRequest, french.StatusCode);
        Assert.Equal("application/problem+json", french.Content.Headers.ContentType!.MediaType);
        var problem = await french.JsonAsync();
        Assert.Equal(["L'identifiant est obligatoire."], DirectoryHelpers.Errors(problem, "username"));
        Assert.Equal(["Le mot de passe doit compter au moins 12 caractères."], DirectoryHelpers.Errors(problem, "password"));
        Assert.Single(DirectoryHelpers.Errors(problem, "email"));
        Assert.Single(DirectoryHelpers.Errors(problem, "locale"));

        var english = await (await app.BearerClientAsync(language: "en")).PostAsJsonAsync("/api/v1/users", body);
        var englishProblem = await english.JsonAsync();
        Assert.Equal(["The username is required."], DirectoryHelpers.Errors(englishProblem, "username"));
        Assert.Equal(["The password must have at least 12 characters."], DirectoryHelpers.Errors(englishProblem, "password"));
        Assert.Equal(1, await app.QueryAsync(d => d.Users.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Malformed_bodies_are_field_errors_never_server_errors(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.BearerClientAsync();
        var adminId = await app.QueryAsync(d => d.Users.Select(u => u.Id).SingleAsync());

        foreach (var json in new[] { "{", "[]", "{\"isAdmin\":\"oui\"}", "{\"teams\":[\"x\"]}", "{\"displayName\":42}", "{\"colour\":\"bleu\"}", "{\"id\":1e400}" })
        {
            var response = await api.SendAsync(DirectoryHelpers.RawJson(HttpMethod.Patch, $"/api/v1/users/{adminId}", json));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{json} answered {response.StatusCode}");
        }
        var created = await api.SendAsync(DirectoryHelpers.RawJson(HttpMethod.Post, "/api/v1/users", "{\"username\":\"x\",\"displayName\":\"" + new string('a', 300) + "\",\"password\":\"un-mot-de-passe-1\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Single(DirectoryHelpers.Errors(await created.JsonAsync(), "displayName"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/users/99999")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Non_admin_reads_the_directory_edits_only_their_own_profile_and_gets_403_otherwise(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var claireId = await admin.CreateUserAsync("cmartin", "Claire Martin");
        var adminId = await app.QueryAsync(d => d.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync());
        var claire = await app.BearerClientAsync("cmartin");

        Assert.Equal(HttpStatusCode.OK, (await claire.GetAsync("/api/v1/users")).StatusCode);
        var create = await claire.PostAsJsonAsync("/api/v1/users", new { username = "pirate", displayName = "Pirate", password = "un-mot-de-passe-1" });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("application/problem+json", create.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/users/{claireId}", new { isAdmin = true }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/users/{adminId}", new { displayName = "Moi" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.DeleteAsync($"/api/v1/users/{adminId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.PostAsJsonAsync("/api/v1/teams", new { name = "Pirates" })).StatusCode);
        Assert.False(await app.QueryAsync(d => d.Users.AnyAsync(u => u.UserName == "pirate")));

        var self = await claire.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/users/{claireId}", new { displayName = "Claire Martin-Durand", locale = "en" }));
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        var me = await self.JsonAsync();
        Assert.Equal("Claire Martin-Durand", me["displayName"]!.GetValue<string>());
        Assert.False(me["isAdmin"]!.GetValue<bool>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Patch_and_delete_honour_if_match_and_delete_deactivates(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.BearerClientAsync();
        var id = (await (await api.PostAsJsonAsync("/api/v1/users", new { username = "cmartin", displayName = "Claire", password = "un-mot-de-passe-1" })).JsonAsync())["id"]!.GetValue<int>();
        var etag = (await api.GetAsync($"/api/v1/users/{id}")).Headers.ETag!.Tag;

        var patched = await api.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/users/{id}", new { email = "claire@societe.fr" }, etag));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.NotEqual(etag, patched.Headers.ETag!.Tag);

        var stale = await api.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/users/{id}", new { email = "autre@societe.fr" }, etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/users/{id}");
        staleDelete.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.SendAsync(staleDelete)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/users/{id}")).StatusCode);
        var after = await (await api.GetAsync($"/api/v1/users/{id}")).JsonAsync();
        Assert.False(after["isActive"]!.GetValue<bool>());
        Assert.Equal("claire@societe.fr", after["email"]!.GetValue<string>());
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.SignedInClientAsync("cmartin", "un-mot-de-passe-1"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Admin_cannot_deactivate_themself_through_the_api(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.BearerClientAsync();
        var adminId = await app.QueryAsync(d => d.Users.Select(u => u.Id).SingleAsync());
        var response = await api.DeleteAsync($"/api/v1/users/{adminId}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Vous ne pouvez pas désactiver votre propre compte."], DirectoryHelpers.Errors(await response.JsonAsync(), "isActive"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Renaming_a_user_renames_the_assignee_of_their_accounts(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var id = await admin.CreateUserAsync("cmartin", "Claire Martin");
        await app.SeedAccountAsync("Boulangerie Martin", $"user:{id}");
        await app.SeedAccountAsync("Garage Dupont", "user:1");

        var version = (await admin.GetHtmlAsync($"/settings/users/{id}")).ValueOf("input[name=_version]")!;
        await admin.PostFormAsync($"/settings/users/{id}", new() { ["_version"] = version, ["displayName"] = "Claire Durand", ["isActive"] = "true" });

        var assignees = await app.QueryAsync(d => d.Accounts.OrderBy(a => a.Name).Select(a => a.AssigneeName).ToListAsync());
        Assert.Equal(["Claire Durand", "Administrateur"], assignees);
    }
}
