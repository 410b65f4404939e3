using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.MassActions;

namespace Comptoir.Web.Tests.Duplicates;

/// <summary>/{module}/duplicates/find: « Lancer la recherche », the job's page, then the groups with « Fusionner ».</summary>
public sealed class FindDuplicatesPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_page_starts_the_job_and_then_shows_each_group_with_a_merge_link(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var first = await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL" });
        var second = await api.CreateAccountAsync(new { name = "boulangerie dupont" });
        await api.CreateAccountAsync(new { name = "Pâtisserie Martin", siret = "443 121 975 00017" });

        var list = await (await client.GetAsync("/accounts")).TextAsync();
        Assert.Equal("/accounts/duplicates/find", AccountPageHelpers.LinkHref(list, "Trouver les doublons"));
        var empty = await (await client.GetAsync("/accounts/duplicates/find")).TextAsync();
        Assert.Contains("Aucune recherche n'a encore été faite dans ce module.", empty, StringComparison.Ordinal);
        Assert.Contains("Critères : même Nom compte OU même SIRET.", empty, StringComparison.Ordinal);

        var started = await client.PostFormAsync("/accounts/duplicates/find", []);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var jobPage = started.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches(@"^/jobs/\d+$", jobPage);
        Assert.Contains("Recherche de doublons dans « Comptes clients »", await started.TextAsync(), StringComparison.Ordinal);
        await api.WaitForJobAsync("/api/v1" + jobPage);

        var over = await (await client.GetAsync(jobPage)).TextAsync();
        Assert.Contains("1 groupe de doublons trouvé.", over, StringComparison.Ordinal);
        Assert.Equal("/accounts/duplicates/find", AccountPageHelpers.LinkHref(over, "Voir les doublons trouvés"));

        var page = await (await client.GetAsync("/accounts/duplicates/find")).TextAsync();
        Assert.Contains("1 groupe de doublons.", page, StringComparison.Ordinal);
        Assert.Equal($"/accounts/merge?ids={first.Id()},{second.Id()}", AccountPageHelpers.LinkHref(page, "Fusionner"));
        Assert.Equal($"/accounts/{first.Id()}", AccountPageHelpers.LinkHref(page, $"{first["number"]} Boulangerie Dupont SARL"));
        Assert.Equal($"/accounts/{second.Id()}", AccountPageHelpers.LinkHref(page, $"{second["number"]} boulangerie dupont"));
        Assert.DoesNotContain("Pâtisserie Martin", page, StringComparison.Ordinal);
        Assert.Contains("même Nom compte", page, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_module_without_duplicates_has_no_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/price-lists/duplicates/find")).StatusCode);
        Assert.Equal("/contacts/duplicates/find", AccountPageHelpers.LinkHref(await (await client.GetAsync("/contacts")).TextAsync(), "Trouver les doublons"));
        Assert.Null(AccountPageHelpers.LinkHref(await (await client.GetAsync("/price-lists")).TextAsync(), "Trouver les doublons"));
    }
}
