using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.History;

/// <summary>Parent and subsidiary accounts: no loops at save, the tree on « Hiérarchie », the place on « Résumé ».</summary>
public sealed partial class HierarchyTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_parent_that_would_close_a_loop_is_refused_with_a_field_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var a = await admin.CreateAccountAsync(new { name = "Groupe A" });
        var b = await admin.CreateAccountAsync(new { name = "Filiale B", parentAccount = a.Id() });
        var c = await admin.CreateAccountAsync(new { name = "Sous-filiale C", parentAccount = b.Id() });

        var loop = await admin.PatchJsonAsync($"{ApiHelpers.Accounts}/{a.Id()}", new { parentAccount = c.Id() });

        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        var errors = await loop.ProblemErrorsAsync();
        Assert.Equal(["parentAccount"], errors.Keys);
        Assert.Contains("ancêtre", errors["parentAccount"][0], StringComparison.Ordinal);
        var english = await app.ApiClientAsync(language: "en");
        var loopEn = await english.PatchJsonAsync($"{ApiHelpers.Accounts}/{b.Id()}", new { parentAccount = c.Id() });
        Assert.Contains("ancestor", (await loopEn.ProblemErrorsAsync())["parentAccount"][0], StringComparison.Ordinal);
        var self = await admin.PatchJsonAsync($"{ApiHelpers.Accounts}/{a.Id()}", new { parentAccount = a.Id() });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);

        // Nothing was saved; moving C under A (no loop) is fine.
        Assert.Null((await (await admin.GetAsync($"{ApiHelpers.Accounts}/{a.Id()}")).JsonAsync())["parentAccount"]);
        Assert.Equal(HttpStatusCode.OK, (await admin.PatchJsonAsync($"{ApiHelpers.Accounts}/{c.Id()}", new { parentAccount = a.Id() })).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_hierarchy_tab_shows_the_whole_tree_with_the_account_highlighted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var group = await admin.CreateAccountAsync(new { name = "Groupe Martin" });
        var north = await admin.CreateAccountAsync(new { name = "Martin Nord", parentAccount = group.Id() });
        var south = await admin.CreateAccountAsync(new { name = "Martin Sud", parentAccount = group.Id() });
        var lille = await admin.CreateAccountAsync(new { name = "Martin Lille", parentAccount = north.Id() });
        await admin.CreateAccountAsync(new { name = "Sans rapport" });
        var client = await app.SignedInClientAsync();

        var html = await (await client.GetAsync($"/accounts/{north.Id()}/hierarchy")).TextAsync();

        // Group › (Nord › Lille, Sud), by name, Nord marked as the page's account.
        var tree = html[html.IndexOf("data-hierarchy", StringComparison.Ordinal)..];
        tree = tree[..tree.IndexOf("</main>", StringComparison.Ordinal)];
        Assert.Equal(["Groupe Martin", "Martin Nord", "Martin Lille", "Martin Sud"], LinkTexts(tree));
        Assert.Matches($"<li data-account-id=\"{group.Id()}\">(?:(?!</li>).)*<ul", Flat(tree));
        Assert.Matches($"<li data-account-id=\"{north.Id()}\">\\s*<a[^>]*aria-current=\"page\"", tree);
        Assert.Matches($"<li data-account-id=\"{north.Id()}\">(?:(?!</li>).)*<ul class=\"account-tree\">\\s*<li data-account-id=\"{lille.Id()}\">", Flat(tree));
        Assert.DoesNotContain("Sans rapport", tree, StringComparison.Ordinal);
        Assert.Contains($"href=\"/accounts/{south.Id()}\"", tree, StringComparison.Ordinal);

        // The same tree from the leaf; the Résumé places the account.
        var fromLille = await (await client.GetAsync($"/accounts/{lille.Id()}/hierarchy")).TextAsync();
        Assert.Contains("Groupe Martin", fromLille, StringComparison.Ordinal);
        var summary = await (await client.GetAsync($"/accounts/{north.Id()}")).TextAsync();
        Assert.Matches("data-parent>Filiale de <a href=\"/accounts/" + group.Id() + "\">Groupe Martin</a>", summary);
        Assert.Contains("1 filiale", summary, StringComparison.Ordinal);
        Assert.Contains("2 filiales", await (await client.GetAsync($"/accounts/{group.Id()}")).TextAsync(), StringComparison.Ordinal);
        var alone = await (await client.GetAsync($"/accounts/{(await admin.CreateAccountAsync(new { name = "Isolé" })).Id()}")).TextAsync();
        Assert.DoesNotContain("data-field=\"hierarchy\"", alone, StringComparison.Ordinal);
    }

    private static string Flat(string html) => html.Replace("\n", " ", StringComparison.Ordinal);

    private static List<string> LinkTexts(string html) =>
        AccountLink().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("<a [^>]*href=\"/accounts/\\d+\"[^>]*>([^<]+)</a>")]
    private static partial Regex AccountLink();
}
