using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Views;

/// <summary>/api/v1/views and ?view={id}: who sees, shares, changes and deletes a view; applying one; bad input.</summary>
public sealed class SavedViewsApiTests
{
    private const string Views = "/api/v1/views";

    private static async Task<(TestApp App, HttpClient Admin, HttpClient Claire)> StartAsync(Db db)
    {
        var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("claire", "Claire Martin");
        var admin = await DirectoryTests.DirectoryHelpers.BearerClientAsync(app);
        foreach (var name in new[] { "Boulangerie Dupont", "Boulangerie Lefèvre", "Agence Pixel" })
            await admin.CreateAccountAsync(new { name });
        return (app, admin, await DirectoryTests.DirectoryHelpers.BearerClientAsync(app, "claire"));
    }

    private static async Task<JsonObject> CreatedAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    private static List<string> Names(JsonObject list) => list["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();

    [Theory, ClassData(typeof(Databases))]
    public async Task A_shared_view_is_seen_and_applied_by_another_user_a_personal_one_is_not(Db db)
    {
        var (app, admin, claire) = await StartAsync(db);
        await using var _ = app;
        var shared = await CreatedAsync(await admin.PostJsonAsync(Views, new
        {
            module = "accounts", name = "Boulangeries", shared = true, query = "cond.name.contains=boulangerie&sort=name&order=desc&columns=name,phone",
        }));
        Assert.Equal("cond.name.contains=boulangerie&sort=name&order=desc&columns=name,phone", shared["query"]!.GetValue<string>());
        Assert.Equal("/accounts?view=" + shared["id"], shared["url"]!.GetValue<string>());
        var personal = await CreatedAsync(await admin.PostJsonAsync(Views, new { module = "accounts", name = "Pixel", query = "q=pixel" }));

        var seen = await (await claire.GetAsync(Views + "?module=accounts")).JsonAsync();
        Assert.Equal(["Boulangeries"], seen["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.False(seen["items"]![0]!["editable"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await claire.GetAsync($"{Views}/{personal["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await claire.GetAsync($"/api/v1/accounts?view={personal["id"]}")).StatusCode);

        // Applied: its conditions, its sort and its columns; the address's own condition adds to them.
        var list = await (await claire.GetAsync($"/api/v1/accounts?view={shared["id"]}")).JsonAsync();
        Assert.Equal(["Boulangerie Lefèvre", "Boulangerie Dupont"], Names(list));
        Assert.Null(list["items"]![0]!["billingCity"]);
        var narrowed = await (await claire.GetAsync($"/api/v1/accounts?view={shared["id"]}&cond.name.contains=dupont")).JsonAsync();
        Assert.Equal(["Boulangerie Dupont"], Names(narrowed));
        var resorted = await (await claire.GetAsync($"/api/v1/accounts?view={shared["id"]}&order=asc")).JsonAsync();
        Assert.Equal(["Boulangerie Dupont", "Boulangerie Lefèvre"], Names(resorted));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Sharing_is_refused_to_a_user_until_the_administrator_allows_it(Db db)
    {
        var (app, admin, claire) = await StartAsync(db);
        await using var _ = app;
        var refused = await claire.PostJsonAsync(Views, new { module = "accounts", name = "Mes boulangeries", shared = true, query = "q=boulangerie" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("seuls les administrateurs", (await refused.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await (await admin.GetAsync(Views + "?module=accounts")).JsonAsync())["items"]!.AsArray());
        var own = await CreatedAsync(await claire.PostJsonAsync(Views, new { module = "accounts", name = "Mes boulangeries", query = "q=boulangerie" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.PatchJsonAsync($"{Views}/{own["id"]}", new { shared = true })).StatusCode);

        var allowed = await admin.PutAsync("/api/v1/settings/sharing", System.Net.Http.Json.JsonContent.Create(new { accountsPrivate = false, ownersShareViews = true }));
        Assert.True((await allowed.JsonAsync())["ownersShareViews"]!.GetValue<bool>());
        var patched = await claire.PatchJsonAsync($"{Views}/{own["id"]}", new { shared = true });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal(["Mes boulangeries"], (await (await admin.GetAsync(Views + "?module=accounts")).JsonAsync())["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Patch_default_and_delete_follow_who_owns_the_view(Db db)
    {
        var (app, admin, claire) = await StartAsync(db);
        await using var _ = app;
        var adminView = await CreatedAsync(await admin.PostJsonAsync(Views, new { module = "accounts", name = "Boulangeries", shared = true, query = "cond.name.starts=boulangerie" }));
        var claireView = await CreatedAsync(await claire.PostJsonAsync(Views, new { module = "accounts", name = "Pixel", query = "q=pixel" }));

        var renamed = await claire.PatchJsonAsync($"{Views}/{claireView["id"]}", new { name = "Agences", query = "cond.name.contains=agence" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Agences", (await renamed.JsonAsync())["name"]!.GetValue<string>());
        // Someone else's private view does not exist for them, even for an administrator; a shared one is theirs to read, not to change.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PatchJsonAsync($"{Views}/{claireView["id"]}", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"{Views}/{claireView["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.PatchJsonAsync($"{Views}/{adminView["id"]}", new { name = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await claire.DeleteAsync($"{Views}/{adminView["id"]}")).StatusCode);

        // Her default: any view she sees; the list page opens with it when its address has no parameters.
        var defaulted = await claire.PatchJsonAsync($"{Views}/{adminView["id"]}", new { @default = true });
        Assert.True((await defaulted.JsonAsync())["default"]!.GetValue<bool>());
        Assert.False((await (await admin.GetAsync($"{Views}/{adminView["id"]}")).JsonAsync())["default"]!.GetValue<bool>());
        var page = await app.SignedInClientAsync("claire", ApiHelpers.UserPassword);
        var html = await page.GetStringAsync("/accounts");
        Assert.Contains("Boulangerie Dupont", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Agence Pixel", html, StringComparison.Ordinal);
        var all = await page.GetStringAsync("/accounts?view=all");
        Assert.Contains("Agence Pixel", all, StringComparison.Ordinal);
        var mine = await page.GetStringAsync($"/accounts?view={claireView["id"]}");
        Assert.Contains("Agence Pixel", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Boulangerie Dupont", mine, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await claire.DeleteAsync($"{Views}/{claireView["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await claire.GetAsync($"{Views}/{claireView["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Views}/{adminView["id"]}")).StatusCode);
        // Its default went with it: the bare list is « Tous » again.
        Assert.Contains("Agence Pixel", await page.GetStringAsync("/accounts"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_is_a_problem_naming_what_is_wrong(Db db)
    {
        var (app, admin, _) = await StartAsync(db);
        await using var __ = app;
        async Task<Dictionary<string, string[]>> ErrorsAsync(object body)
        {
            var response = await admin.PostJsonAsync(Views, body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return await response.ProblemErrorsAsync();
        }
        Assert.Equal(["Module inconnu : « planets »."], (await ErrorsAsync(new { module = "planets", name = "x" }))["module"]);
        Assert.Equal(["Donnez un nom à la vue."], (await ErrorsAsync(new { module = "accounts", name = "  " }))["name"]);
        Assert.True((await ErrorsAsync(new { module = "accounts", name = "x", query = "cond.name.lt=3" })).ContainsKey("cond.name.lt"));
        Assert.True((await ErrorsAsync(new { module = "accounts", name = "x", query = "cond.nope.eq=3" })).ContainsKey("cond.nope.eq"));
        Assert.True((await ErrorsAsync(new { module = "accounts", name = "x", query = "cursor=abc" })).ContainsKey("cursor"));
        Assert.True((await ErrorsAsync(new { module = "accounts", name = "x", colour = "red" })).ContainsKey("colour"));
        await CreatedAsync(await admin.PostJsonAsync(Views, new { module = "accounts", name = "Doublon" }));
        Assert.Equal(["Vous avez déjà une vue « doublon » dans cette liste."], (await ErrorsAsync(new { module = "accounts", name = "doublon" }))["name"]);

        var bad = await admin.GetAsync("/api/v1/accounts?view=abc");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.ProblemErrorsAsync()).ContainsKey("view"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/accounts?view=999")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync(Views)).StatusCode);
    }
}
