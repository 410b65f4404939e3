using System.Net;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Api;

public sealed class AccountPrivacyApiTests
{
    private static async Task MakePrivateAsync(TestApp app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Private_accounts_are_hidden_from_other_users_but_not_from_their_team(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var team = await app.CreateTeamAsync("Ventes Sud", marie);
        await MakePrivateAsync(app);
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);

        var secret = await admin.CreateAccountAsync(new { name = "Secret Industries" });
        var shared = await admin.CreateAccountAsync(new { name = "Sud Partagé", assignedTo = new { type = "team", id = team } });
        var secretUrl = $"{ApiHelpers.Accounts}/{secret["id"]}";

        Assert.Equal(HttpStatusCode.NotFound, (await hers.GetAsync(secretUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.PatchJsonAsync(secretUrl, new { name = "Piraté" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hers.DeleteAsync(secretUrl)).StatusCode);
        var list = await (await hers.GetAsync(ApiHelpers.Accounts)).JsonAsync();
        Assert.Equal(["Sud Partagé"], list["items"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        var search = await (await hers.GetAsync($"{ApiHelpers.Accounts}?q=secret")).JsonAsync();
        Assert.Empty(search["items"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, (await hers.GetAsync($"{ApiHelpers.Accounts}/{shared["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(secretUrl)).StatusCode);
        Assert.Equal("Secret Industries", (await (await admin.GetAsync(secretUrl)).JsonAsync())["name"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Public_accounts_are_readable_by_every_user(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);

        var account = await admin.CreateAccountAsync(new { name = "Ouvert à tous" });

        Assert.Equal(HttpStatusCode.OK, (await hers.GetAsync($"{ApiHelpers.Accounts}/{account["id"]}")).StatusCode);
    }
}
