using System.Net;
using Comptoir.Core.Teams;
using Comptoir.Data;
using Comptoir.Data.Identity;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>« Comptes clients : privés »: a user reaches only their own accounts and their teams' on every page.</summary>
public sealed class AccountPrivacyPagesTests
{
    private const string Password = "clef-de-la-cliente-1";

    [Theory, ClassData(typeof(Databases))]
    public async Task With_private_accounts_a_user_sees_only_what_is_assigned_to_them_or_their_team(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var (marieId, teamId) = await SetUpAsync(app);
        var (adminsOwn, _) = await app.SeedAsync("Compte de l'administrateur");
        var (teams, _) = await app.SeedAsync("Compte de l'équipe", new() { ["assignedTo"] = $"team:{teamId}" });
        var (maries, _) = await app.SeedAsync("Compte de Marie", new() { ["assignedTo"] = $"user:{marieId}" });

        var marie = await app.SignedInClientAsync("marie", Password);

        Assert.Equal(["Compte de l'équipe", "Compte de Marie"],
            AccountPageHelpers.RowNames(await marie.GetStringAsync("/accounts?q=compte")));
        Assert.Equal(HttpStatusCode.NotFound, (await marie.GetAsync($"/accounts/{adminsOwn}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await marie.GetAsync($"/accounts/{adminsOwn}/details")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await marie.GetAsync($"/accounts/{adminsOwn}/edit")).StatusCode);
        Assert.DoesNotContain("administrateur", await marie.GetStringAsync("/accounts/lookup?q=compte"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await marie.GetAsync($"/accounts/{teams}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await marie.GetAsync($"/accounts/{maries}/details")).StatusCode);

        // Deleting someone else's account is refused the same way, and it stays.
        var refused = await marie.PostFormAsync($"/accounts/{adminsOwn}/delete", new() { ["Contacts"] = "keep" }, formPage: $"/accounts/{maries}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var admin = await app.SignedInClientAsync();
        Assert.Equal(3, AccountPageHelpers.RowNames(await admin.GetStringAsync("/accounts")).Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task By_default_accounts_are_public(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await SetUpAsync(app, makePrivate: false);
        var (id, _) = await app.SeedAsync("Compte de l'administrateur");

        var marie = await app.SignedInClientAsync("marie", Password);

        Assert.Equal(["Compte de l'administrateur"], AccountPageHelpers.RowNames(await marie.GetStringAsync("/accounts")));
        Assert.Equal(HttpStatusCode.OK, (await marie.GetAsync($"/accounts/{id}/edit")).StatusCode);
    }

    /// <summary>Marie, a non-administrator, member of the team « Ventes Sud »; accounts private unless told otherwise.</summary>
    private static async Task<(int UserId, int TeamId)> SetUpAsync(TestApp app, bool makePrivate = true)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        if (makePrivate) await services.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var user = new AppUser { UserName = "marie", DisplayName = "Marie Curie", IsActive = true, CreatedAt = DateTime.UtcNow };
        var created = await services.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        var db = services.GetRequiredService<AppDbContext>();
        var team = new Team { Name = "Ventes Sud", CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow, Members = [new TeamMember { UserId = user.Id }] };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return (user.Id, team.Id);
    }
}
