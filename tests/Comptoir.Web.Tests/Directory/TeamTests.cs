using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

public sealed partial class TeamTests
{
    private static readonly int[] Unknown = [999];

    [Theory, ClassData(typeof(Databases))]
    public async Task Admin_creates_a_team_with_members_through_the_form(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var claire = await admin.CreateUserAsync("cmartin", "Claire Martin");
        await admin.CreateUserAsync("jdupont", "Jean Dupont");

        var response = await admin.PostFormAsync("/settings/teams/new", new()
        {
            ["name"] = "Commerciaux Ouest", ["description"] = "Bretagne et Pays de la Loire", ["members"] = claire.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal("/settings/teams", response.RequestMessage!.RequestUri!.AbsolutePath);
        var list = await response.TextAsync();
        Assert.Matches(@"Commerciaux Ouest</a></td>\s*<td>Bretagne et Pays de la Loire</td>\s*<td class=""text-end"">1</td>", list);

        var users = await (await admin.GetAsync("/settings/users")).TextAsync();
        Assert.Matches(@"Claire Martin</td>(\s*<td>[^<]*</td>){3}\s*<td>Commerciaux Ouest</td>", users);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Team_name_is_required_and_unique(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.PostFormAsync("/settings/teams/new", new() { ["name"] = "Support" });

        var empty = await (await admin.PostFormAsync("/settings/teams/new", new() { ["name"] = "", ["description"] = "gardée" })).TextAsync();
        Assert.Contains("Le nom de l'équipe est obligatoire.", empty, StringComparison.Ordinal);
        Assert.Contains("gardée</textarea>", empty, StringComparison.Ordinal);

        var duplicate = await (await admin.PostFormAsync("/settings/teams/new", new() { ["name"] = "support" })).TextAsync();
        Assert.Contains("Une équipe porte déjà ce nom.", duplicate, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(d => d.Teams.CountAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Team_with_an_assigned_account_cannot_be_deleted_until_reassigned(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.PostFormAsync("/settings/teams/new", new() { ["name"] = "Support" });
        var teamId = await app.QueryAsync(d => d.Teams.Select(t => t.Id).SingleAsync());
        var accountId = await app.SeedAccountAsync("Boulangerie Martin", $"team:{teamId}");

        var refused = await admin.PostFormAsync($"/settings/teams/{teamId}?handler=Delete", [], formPage: $"/settings/teams/{teamId}");
        // In the summary at the top of the page, which has the focus on load.
        Assert.Contains("L'équipe « Support » ne peut pas être supprimée : 1 compte(s) client(s) lui sont encore assigné(s).",
            await DirectoryHelpers.ErrorSummaryOfAsync(refused), StringComparison.Ordinal);
        Assert.True(await app.QueryAsync(d => d.Teams.AnyAsync(t => t.Id == teamId)));

        var api = await app.BearerClientAsync();
        var conflict = await api.DeleteAsync($"/api/v1/teams/{teamId}");
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("1 compte(s)", (await conflict.JsonAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        await app.QueryAsync(d => d.Accounts.Where(a => a.Id == accountId).ExecuteDeleteAsync());
        var deleted = await admin.PostFormAsync($"/settings/teams/{teamId}?handler=Delete", [], formPage: $"/settings/teams/{teamId}");
        Assert.Equal("/settings/teams", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False(await app.QueryAsync(d => d.Teams.AnyAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Teams_are_managed_through_the_api(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.BearerClientAsync();
        var adminId = await app.QueryAsync(d => d.Users.Select(u => u.Id).SingleAsync());

        var created = await api.PostAsJsonAsync("/api/v1/teams", new { name = "Direction", description = "Le comité", members = new[] { adminId } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var team = await created.JsonAsync();
        var id = team["id"]!.GetValue<int>();
        Assert.Equal([adminId], team["members"]!.AsArray().Select(m => m!.GetValue<int>()));
        Assert.Equal($"/api/v1/teams/{id}", created.Headers.Location!.OriginalString);

        var read = await api.GetAsync($"/api/v1/teams/{id}");
        var etag = read.Headers.ETag!.Tag;
        var renamed = await api.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/teams/{id}", new { name = "Direction générale", members = Array.Empty<int>() }, etag));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var renamedTeam = await renamed.JsonAsync();
        Assert.Equal("Direction générale", renamedTeam["name"]!.GetValue<string>());
        Assert.Empty(renamedTeam["members"]!.AsArray());

        var stale = await api.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/teams/{id}", new { description = "trop tard" }, etag));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);

        var list = await (await api.GetAsync("/api/v1/teams")).JsonAsync();
        Assert.Equal("Direction générale", list["items"]![0]!["name"]!.GetValue<string>());

        var invalid = await api.PostAsJsonAsync("/api/v1/teams", new { name = "", members = Unknown });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var problem = await invalid.JsonAsync();
        Assert.Equal(["Le nom de l'équipe est obligatoire."], DirectoryHelpers.Errors(problem, "name"));
        Assert.Equal(["Utilisateur inconnu : 999."], DirectoryHelpers.Errors(problem, "members"));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/teams/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/teams/{id}")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Renaming_a_team_renames_it_on_its_accounts(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.BearerClientAsync();
        var id = (await (await api.PostAsJsonAsync("/api/v1/teams", new { name = "Support" })).JsonAsync())["id"]!.GetValue<int>();
        await app.SeedAccountAsync("Boulangerie Martin", $"team:{id}");

        await api.SendAsync(DirectoryHelpers.Json(HttpMethod.Patch, $"/api/v1/teams/{id}", new { name = "Service client" }));
        Assert.Equal("Service client", await app.QueryAsync(d => d.Accounts.Select(a => a.AssigneeName).SingleAsync()));
    }
}
