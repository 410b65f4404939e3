using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.History;

/// <summary>« Historique » on the account's and the contact's page, and the Résumé's latest changes.</summary>
public sealed class HistoryPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Edits_through_the_form_and_the_api_appear_in_the_account_history_and_a_noop_save_does_not(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var created = await client.CreateAsync(new() { ["name"] = "Fromagerie Martin", ["accountType"] = "customer" });
        var id = AccountPageHelpers.IdOf(created);

        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync($"/accounts/{id}/edit"));
        fields["billingCity"] = "Annecy";
        fields["accountType"] = "partner";
        await client.PostFormAsync($"/accounts/{id}/edit", fields);
        // Saving the form again unchanged adds nothing.
        await client.PostFormAsync($"/accounts/{id}/edit", AccountPageHelpers.FormFields(await client.GetStringAsync($"/accounts/{id}/edit")));
        await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{id}", new { billingCity = (string?)null, phone = "01 42 68 53 00" });

        var page = await (await client.GetAsync($"/accounts/{id}/history")).TextAsync();

        Assert.Equal(["updated", "updated", "created"], Actions(page));
        Assert.Equal(["Modification", "Modification", "Création"], ActionLabels(page));
        Assert.Equal(["Téléphone : (vide) → 01 42 68 53 00", "Ville (facturation) : Annecy → (vide)",
                      "Type : Client → Partenaire", "Ville (facturation) : (vide) → Annecy"], ChangeLines(page));
        Assert.Contains("par Administrateur", page, StringComparison.Ordinal);
        Assert.Matches("<time [^>]*datetime=\"\\d{4}-\\d\\d-\\d\\dT[\\d:]+Z\">\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d</time>", page);
        Assert.Contains("aria-current=\"page\">Historique</a>", page, StringComparison.Ordinal);

        // The Résumé shows the latest changes and leads to the tab.
        var summary = await (await client.GetAsync($"/accounts/{id}")).TextAsync();
        Assert.Contains("Dernières modifications", summary, StringComparison.Ordinal);
        Assert.Contains("Type : Client → Partenaire", ChangeLines(summary));
        Assert.Equal($"/accounts/{id}/history", AccountPageHelpers.LinkHref(summary, "Tout l'historique"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_account_history_tab_pages_with_older_entries_and_the_resume_keeps_five(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var account = await api.CreateAccountAsync(new { name = "Beaucoup de changements" });
        var url = $"{ApiHelpers.Accounts}/{account.Id()}";
        for (var i = 1; i <= 25; i++) await api.PatchJsonAsync(url, new { employees = i });

        var first = await (await client.GetAsync($"/accounts/{account.Id()}/history")).TextAsync();
        Assert.Equal(25, Actions(first).Count);
        Assert.Equal("Effectif : (vide) → 1", ChangeLines(first)[^1]);
        var older = AccountPageHelpers.LinkHref(first, "Plus anciens");
        Assert.NotNull(older);
        var second = await (await client.GetAsync(older)).TextAsync();
        Assert.Equal(["created"], Actions(second));
        Assert.Null(AccountPageHelpers.LinkHref(second, "Plus anciens"));

        var summary = await (await client.GetAsync($"/accounts/{account.Id()}")).TextAsync();
        Assert.Equal(["Effectif : 24 → 25", "Effectif : 23 → 24", "Effectif : 22 → 23", "Effectif : 21 → 22", "Effectif : 20 → 21"],
            ChangeLines(summary));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_contact_page_has_its_history_tab(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var contact = await api.CreateContactAsync(new { lastName = "Dupont", phone = "01 42 68 53 00" });
        await api.PatchJsonAsync($"{ContactHelpers.Contacts}/{contact.Id()}",
            new { phone = "04 78 42 10 10", assignedTo = new { type = "user", id = marie } });

        var page = await (await client.GetAsync($"/contacts/{contact.Id()}/history")).TextAsync();

        Assert.Equal(["updated", "created"], Actions(page));
        Assert.Equal(["Téléphone : 01 42 68 53 00 → 04 78 42 10 10", "Assigné à : Administrateur → Marie Curie"], ChangeLines(page));
        Assert.Equal($"/contacts/{contact.Id()}/history", AccountPageHelpers.LinkHref(
            await client.GetStringAsync($"/contacts/{contact.Id()}"), "Historique"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/contacts/999999/history")).StatusCode);
    }

    // The pages are read decoded (TextAsync); their values hold no markup characters, so they parse the same.
    private static List<string> Actions(string html) =>
        Html.Parse(html).QuerySelectorAll("[data-history-entry]").Select(e => e.GetAttribute("data-action")!).ToList();

    private static List<string> ActionLabels(string html) =>
        Html.Parse(html).QuerySelectorAll("[data-history-action]").Select(e => e.TextContent.Trim()).ToList();

    /// <summary>Each change as a sighted user reads it: « Champ : ancien → nouveau » (the screen reader's « devient » left out).</summary>
    private static List<string> ChangeLines(string html) =>
        Html.Parse(html).QuerySelectorAll("li[data-field]").Select(line =>
        {
            foreach (var hidden in line.QuerySelectorAll(".visually-hidden").ToList()) hidden.Remove();
            return Html.Words(line);
        }).ToList();
}
