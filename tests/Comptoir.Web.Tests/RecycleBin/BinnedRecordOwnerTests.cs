using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.RecycleBin;

/// <summary>A record in the recycle bin still holds its owner: the owner stays until the bin lets it go.</summary>
public sealed class BinnedRecordOwnerTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_team_still_holding_an_account_in_the_bin_is_not_deleted_and_a_rename_reaches_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var teamId = await app.CreateTeamAsync("Équipe Ouest");
        var account = await api.CreateAccountAsync(new { name = "Compte de l'équipe", assignedTo = new { type = "team", id = teamId } });
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{account["id"]}")).StatusCode);

        var refused = await api.DeleteAsync($"/api/v1/teams/{teamId}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"/api/v1/teams/{teamId}", new { name = "Équipe Atlantique" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", (long)account["id"]!)).StatusCode);
        // Lists sort by the assignee's name kept on the record: the rename reached it while it was in the bin.
        var page = await (await app.SignedInClientAsync()).GetStringAsync("/accounts?sort=assignedTo");
        Assert.Contains("Équipe Atlantique", page, StringComparison.Ordinal);
        var id = (long)account["id"]!;
        Assert.Equal("Équipe Atlantique", await app.InDatabaseAsync(async d =>
            (await d.Accounts.FindAsync(id))!.AssigneeName));
    }
}
