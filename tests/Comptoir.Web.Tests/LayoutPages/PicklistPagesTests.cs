using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;
using static Comptoir.Web.Tests.LayoutPages.LayoutPageHelpers;

namespace Comptoir.Web.Tests.LayoutPages;

/// <summary>« Listes de choix »: values renamed, reordered, retired and added, and the account pages following.</summary>
public sealed class PicklistPagesTests
{
    private const string Picklists = "/settings/picklists";

    private static Task<HttpResponseMessage> PostValueAsync(HttpClient client, string handler, Dictionary<string, string> fields) =>
        client.PostFormAsync($"{Picklists}?handler={handler}", new Dictionary<string, string>(fields) { ["module"] = "accounts", ["field"] = "accountType" }, Picklists);

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_picklist_of_every_module_is_listed_with_its_values_in_order(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var page = await admin.GetStringAsync(Picklists);

        Assert.Contains("id=\"list-accounts-accountType\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"list-accounts-industry\"", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf("data-value-code=\"customer\"", StringComparison.Ordinal) < page.IndexOf("data-value-code=\"prospect\"", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_renamed_value_is_seen_on_the_accounts_that_hold_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var (id, _) = await app.SeedAsync("Boulangerie Martin", new() { ["accountType"] = "customer" });
        Assert.Contains(">Client<", await admin.GetStringAsync($"/accounts/{id}/details"), StringComparison.Ordinal);

        var renamed = await PostValueAsync(admin, "Rename", new() { ["code"] = "customer", ["label"] = "Client fidèle", ["labelEn"] = "Loyal customer" });

        Assert.Equal(Picklists, renamed.PathOf());
        Assert.Contains("La valeur « Client fidèle » de « Type » est enregistrée.", await renamed.TextAsync(), StringComparison.Ordinal);
        var details = await admin.GetStringAsync($"/accounts/{id}/details");
        Assert.Contains(">Client fidèle<", details, StringComparison.Ordinal);
        Assert.DoesNotContain(">Client<", details, StringComparison.Ordinal);

        var duplicate = await PostValueAsync(admin, "Rename", new() { ["code"] = "prospect", ["label"] = "client fidèle" });
        var page = await duplicate.TextAsync();
        Assert.Contains("La valeur « client fidèle » est en double.", page, StringComparison.Ordinal);
        Assert.Matches("id=\"list-accounts-accountType-prospect-fr\" name=\"label\"\\s+value=\"client fidèle\"", page);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_retired_value_stays_on_its_accounts_marked_retired_and_leaves_the_form_until_reactivated(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var (id, _) = await app.SeedAsync("Boulangerie Martin", new() { ["accountType"] = "prospect" });

        var retired = await PostValueAsync(admin, "Value", new() { ["code"] = "prospect", ["op"] = "retire" });
        Assert.Contains("La valeur « Prospect » est retirée : les fiches qui l'ont la gardent.", await retired.TextAsync(), StringComparison.Ordinal);
        Assert.Contains("Prospect (retirée)", await admin.GetStringAsync($"/accounts/{id}/details"), StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"prospect\"", await admin.GetStringAsync("/accounts/new"), StringComparison.Ordinal);
        Assert.Contains(">Réactiver<", await admin.GetStringAsync(Picklists), StringComparison.Ordinal);

        await PostValueAsync(admin, "Value", new() { ["code"] = "prospect", ["op"] = "reactivate" });
        Assert.Contains("<option value=\"prospect\"", await admin.GetStringAsync("/accounts/new"), StringComparison.Ordinal);
        Assert.DoesNotContain("(retirée)", await admin.GetStringAsync($"/accounts/{id}/details"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Values_are_added_and_reordered_as_the_form_offers_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var added = await PostValueAsync(admin, "Add", new() { ["label"] = "Franchisé", ["labelEn"] = "Franchisee" });
        Assert.Contains("La valeur « Franchisé » a été ajoutée à « Type ».", await added.TextAsync(), StringComparison.Ordinal);
        var form = await admin.GetStringAsync("/accounts/new");
        Assert.Contains("<option value=\"franchise\">Franchisé</option>", form, StringComparison.Ordinal);

        await PostValueAsync(admin, "Value", new() { ["code"] = "prospect", ["op"] = "up" });
        form = await admin.GetStringAsync("/accounts/new");
        Assert.True(form.IndexOf("<option value=\"prospect\"", StringComparison.Ordinal) < form.IndexOf("<option value=\"customer\"", StringComparison.Ordinal));
        await PostValueAsync(admin, "Value", new() { ["code"] = "prospect", ["op"] = "down" });
        form = await admin.GetStringAsync("/accounts/new");
        Assert.True(form.IndexOf("<option value=\"customer\"", StringComparison.Ordinal) < form.IndexOf("<option value=\"prospect\"", StringComparison.Ordinal));

        var empty = await PostValueAsync(admin, "Add", new() { ["label"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Chaque valeur a besoin d'un libellé en français.", await empty.TextAsync(), StringComparison.Ordinal);
    }
}
