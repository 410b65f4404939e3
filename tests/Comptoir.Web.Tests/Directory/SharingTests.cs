using System.Net;
using System.Net.Http.Json;
using Comptoir.Web.Tests.Infrastructure;

// Not "…Tests.Directory": that namespace would hide System.IO.Directory from the rest of the test project.
namespace Comptoir.Web.Tests.DirectoryTests;

public sealed class SharingTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Accounts_private_setting_persists_from_the_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var page = await (await admin.GetAsync("/settings/sharing")).TextAsync();
        Assert.Contains("Comptes clients : privés", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"accountsPrivate\" value=\"true\" checked", page, StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/settings/sharing", new() { ["accountsPrivate"] = "true" });
        Assert.Contains("name=\"accountsPrivate\" value=\"true\" checked", await saved.TextAsync(), StringComparison.Ordinal);
        var api = await app.BearerClientAsync();
        Assert.True((await (await api.GetAsync("/api/v1/settings/sharing")).JsonAsync())["accountsPrivate"]!.GetValue<bool>());

        await admin.PostFormAsync("/settings/sharing", []);
        Assert.False((await (await api.GetAsync("/api/v1/settings/sharing")).JsonAsync())["accountsPrivate"]!.GetValue<bool>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_an_admin_changes_sharing_through_the_api(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.CreateUserAsync("cmartin", "Claire Martin");
        var claire = await app.BearerClientAsync("cmartin");

        Assert.Equal(HttpStatusCode.Forbidden, (await claire.PutAsJsonAsync("/api/v1/settings/sharing", new { accountsPrivate = true })).StatusCode);
        Assert.False((await (await claire.GetAsync("/api/v1/settings/sharing")).JsonAsync())["accountsPrivate"]!.GetValue<bool>());

        var api = await app.BearerClientAsync();
        var bad = await api.PutAsJsonAsync("/api/v1/settings/sharing", new { accountsPrivate = "oui" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["Valeur attendue : true ou false."], DirectoryHelpers.Errors(await bad.JsonAsync(), "accountsPrivate"));

        var ok = await api.PutAsJsonAsync("/api/v1/settings/sharing", new { accountsPrivate = true });
        Assert.True((await ok.JsonAsync())["accountsPrivate"]!.GetValue<bool>());
    }
}
