using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.RecycleBin;

/// <summary>The account's delete confirmation (what becomes of its contacts) and the « Corbeille » page.</summary>
public sealed class RecycleBinPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_an_account_from_its_page_asks_about_its_contacts_and_the_bin_restores_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var pages = await app.SignedInClientAsync();
        var id = (await api.CreateAccountAsync(new { name = "Vermillon & Fils" })).Id();
        await api.CreateContactAsync(new { lastName = "Durand", account = id });
        await api.CreateContactAsync(new { lastName = "Petit", account = id });
        var deleteUrl = $"/accounts/{id}/delete";

        var confirm = WebUtility.HtmlDecode(await pages.GetStringAsync(deleteUrl));
        Assert.Contains("Ce compte a 2 contacts. Que faire de ces contacts ?", confirm, StringComparison.Ordinal);
        Assert.Contains("Garder les contacts (sans compte)", confirm, StringComparison.Ordinal);
        Assert.Contains("Supprimer aussi les contacts (2)", confirm, StringComparison.Ordinal);

        var deleted = await pages.PostFormAsync(deleteUrl, new() { ["Contacts"] = "delete" });
        Assert.Equal("/accounts", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        var list = WebUtility.HtmlDecode(await deleted.Content.ReadAsStringAsync());
        Assert.Contains("Compte client « Vermillon & Fils » et ses contacts placés dans la corbeille.", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Durand", WebUtility.HtmlDecode(await pages.GetStringAsync("/contacts")), StringComparison.Ordinal);

        var bin = WebUtility.HtmlDecode(await pages.GetStringAsync("/recycle-bin"));
        Assert.Contains("Vermillon & Fils", bin, StringComparison.Ordinal);
        Assert.Contains("Contacts supprimés avec lui : 2", bin, StringComparison.Ordinal);
        Assert.Contains("href=\"/recycle-bin/empty\"", bin, StringComparison.Ordinal);
        // Post where the page's « Restaurer » button posts.
        var restoreAction = System.Text.RegularExpressions.Regex.Match(bin, "<form method=\"post\" action=\"(/recycle-bin\\?[^\"]*handler=Restore[^\"]*)\"").Groups[1].Value;
        Assert.Contains($"id={id}", restoreAction, StringComparison.Ordinal);

        var restored = await pages.PostFormAsync(restoreAction, [], "/recycle-bin");
        Assert.Equal($"/accounts/{id}", restored.RequestMessage!.RequestUri!.AbsolutePath);
        var page = WebUtility.HtmlDecode(await restored.Content.ReadAsStringAsync());
        Assert.Contains("« Vermillon & Fils » restauré.", page, StringComparison.Ordinal);
        Assert.Contains("Contacts (2)", page, StringComparison.Ordinal);
        Assert.Contains("La corbeille est vide.", WebUtility.HtmlDecode(await pages.GetStringAsync("/recycle-bin")), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task In_english_the_bin_speaks_english(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var pages = await app.SignedInClientAsync();
        var html = await pages.GetStringAsync("/recycle-bin?culture=en&ui-culture=en");
        Assert.Contains("The recycle bin is empty.", html, StringComparison.Ordinal);
        Assert.Contains(">Recycle bin</a>", html, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_user_has_the_bin_but_only_an_administrator_may_empty_it_after_confirming(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var api = await app.ApiClientAsync();
        var admin = await app.SignedInClientAsync();
        var marie = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);
        var id = (await api.CreateAccountAsync(new { name = "Carmin SARL" })).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{id}")).StatusCode);

        var herBin = await marie.GetStringAsync("/recycle-bin");
        Assert.Contains("Carmin SARL", herBin, StringComparison.Ordinal);
        Assert.Contains("href=\"/recycle-bin\"", herBin, StringComparison.Ordinal);
        Assert.DoesNotContain("/recycle-bin/empty", herBin, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await marie.GetAsync("/recycle-bin/empty")).StatusCode);

        var confirm = await admin.GetStringAsync("/recycle-bin/empty");
        Assert.Contains("seront supprimés définitivement", confirm, StringComparison.Ordinal);
        var emptied = await admin.PostFormAsync("/recycle-bin/empty", []);
        Assert.Equal("/recycle-bin", emptied.RequestMessage!.RequestUri!.AbsolutePath);
        var after = WebUtility.HtmlDecode(await emptied.Content.ReadAsStringAsync());
        Assert.Contains("Corbeille vidée : 1 élément(s) supprimé(s) définitivement.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Carmin SARL", after, StringComparison.Ordinal);
    }
}
