using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.Records;

namespace Comptoir.Web.Tests.Contacts;

/// <summary>The account's « Contacts » tab, and adding a contact from an account with the offer to copy its addresses.</summary>
public sealed class ContactPagesTests
{
    private static readonly Dictionary<string, string> Addresses = new()
    {
        ["billingStreet"] = "8 rue de Londres", ["billingPostalCode"] = "75009", ["billingCity"] = "Paris", ["billingCountry"] = "France",
        ["shippingStreet"] = "2 quai Perrache", ["shippingPostalCode"] = "69002", ["shippingCity"] = "Lyon",
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_contacts_tab_lists_the_accounts_people_by_name_with_mailto_and_tel_links_and_counts_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var client = await app.SignedInClientAsync();
        var (accountId, _) = await app.SeedAsync("Boulangerie Dupont");
        var (otherId, _) = await app.SeedAsync("Ailleurs");
        await api.CreateContactAsync(new { firstName = "Zoé", lastName = "Martin", account = accountId, email = "zoe+ventes@exemple.fr", phone = "01 42 68 53 00" });
        await api.CreateContactAsync(new { firstName = "Jean", lastName = "Dupont", account = accountId, mobile = "06 12 34 56 78", title = "Gérant" });
        await api.CreateContactAsync(new { lastName = "Étranger", account = otherId });

        var tab = await client.GetAsync($"/accounts/{accountId}/contacts");

        Assert.Equal(HttpStatusCode.OK, tab.StatusCode);
        var html = await tab.TextAsync();
        Assert.Contains("aria-current=\"page\">Contacts (2)", html, StringComparison.Ordinal);
        Assert.Equal(["Jean Dupont", "Zoé Martin"], ContactRows(html));
        Assert.DoesNotContain("Étranger", html, StringComparison.Ordinal);
        Assert.Contains("href=\"mailto:zoe%2Bventes@exemple.fr\">zoe+ventes@exemple.fr</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+33142685300\">01 42 68 53 00</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+33612345678\">06 12 34 56 78</a>", html, StringComparison.Ordinal);
        Assert.Equal($"/contacts/new?account={accountId}", AccountPageHelpers.LinkHref(html, "Ajouter un contact"));

        var reversed = await client.GetAsync($"/accounts/{accountId}/contacts?dir=desc");
        Assert.Equal(["Zoé Martin", "Jean Dupont"], ContactRows(await reversed.TextAsync()));

        // Every tab of the account counts them; the Résumé says how many.
        var summary = WebUtility.HtmlDecode(await client.GetStringAsync($"/accounts/{accountId}"));
        Assert.Contains(">Contacts (2)</a>", summary, StringComparison.Ordinal);
        Assert.Contains("2 contacts", summary, StringComparison.Ordinal);
        Assert.Contains(">Contacts (1)</a>", WebUtility.HtmlDecode(await client.GetStringAsync($"/accounts/{otherId}/details")), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Adding_a_contact_from_an_account_chooses_it_and_copies_its_addresses_only_when_asked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var (accountId, _) = await app.SeedAsync("Boulangerie Dupont", Addresses);
        var url = $"/contacts/new?account={accountId}";

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Equal(accountId.ToString(System.Globalization.CultureInfo.InvariantCulture), AccountPageHelpers.InputValue(page, "account"));
        Assert.Contains("value=\"Boulangerie Dupont\"", page, StringComparison.Ordinal);
        Assert.Contains("Copier l'adresse de facturation du compte « Boulangerie Dupont » dans l'adresse principale", page, StringComparison.Ordinal);
        Assert.Equal("", AccountPageHelpers.InputValue(page, "mailingPostalCode"));

        // « Copier les adresses du compte »: the form comes back filled, what was typed kept, nothing saved.
        var fields = AccountPageHelpers.FormFields(page);
        fields["lastName"] = "Martin";
        fields["mailingCity"] = "Ancienne ville";
        fields["_copyAddresses"] = "1";
        var copied = await client.PostFormAsync(url, fields);
        Assert.Equal(HttpStatusCode.OK, copied.StatusCode);
        var form = await copied.TextAsync();
        Assert.Equal("Martin", AccountPageHelpers.InputValue(form, "lastName"));
        Assert.Equal("Paris", AccountPageHelpers.InputValue(form, "mailingCity"));
        Assert.Equal("75009", AccountPageHelpers.InputValue(form, "mailingPostalCode"));
        Assert.Equal("Lyon", AccountPageHelpers.InputValue(form, "otherCity"));
        Assert.Contains(">8 rue de Londres</textarea>", form, StringComparison.Ordinal);
        Assert.Contains("Adresses du compte « Boulangerie Dupont » copiées", form, StringComparison.Ordinal);
        Assert.Contains("Aucun contact", await client.GetStringAsync("/contacts"), StringComparison.Ordinal);

        // « Enregistrer »: the contact is saved with the copied addresses and its page links back to the account.
        var save = AccountPageHelpers.FormFields(form);
        var saved = await client.PostFormAsync(url, save);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Matches("^/contacts/\\d+$", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var contactPage = await saved.TextAsync();
        Assert.Contains("Contact « Martin » créé (CON-000001).", contactPage, StringComparison.Ordinal);
        Assert.Equal($"/accounts/{accountId}", AccountPageHelpers.LinkHref(contactPage, "Boulangerie Dupont"));
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(saved.RequestMessage.RequestUri.AbsolutePath + "/details"));
        Assert.Matches("data-field=\"mailingCity\">\\s*Paris\\s*</dd>", details);
        Assert.Matches("data-field=\"otherCity\">\\s*Lyon\\s*</dd>", details);
        Assert.Contains(">Contacts (1)</a>", WebUtility.HtmlDecode(await client.GetStringAsync($"/accounts/{accountId}")), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Saving_without_asking_for_the_copy_leaves_the_contacts_addresses_as_typed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var (accountId, _) = await app.SeedAsync("Boulangerie Dupont", Addresses);
        var url = $"/contacts/new?account={accountId}";
        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync(url));
        fields["lastName"] = "Durand";
        fields["otherCity"] = "Marseille";

        var saved = await client.PostFormAsync(url, fields);

        Assert.Matches("^/contacts/\\d+$", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var contact = await (await api.GetAsync("/api/v1" + saved.RequestMessage.RequestUri.AbsolutePath)).JsonAsync();
        Assert.Equal(accountId, contact["account"]!.GetValue<long>());
        Assert.Null(contact["mailingCity"]);
        Assert.Equal("Marseille", contact["otherCity"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_contact_is_listed_edited_and_deleted_through_its_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var (accountId, _) = await app.SeedAsync("Boulangerie Dupont");
        var boss = await api.CreateContactAsync(new { firstName = "Claire", lastName = "Martin" });
        var jean = await api.CreateContactAsync(new { firstName = "Jean", lastName = "Dupont", account = accountId, reportsTo = boss.Id() });
        var url = $"/contacts/{jean.Id()}";

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/contacts"));
        Assert.Contains($"<a href=\"{url}\">Jean Dupont</a>", list, StringComparison.Ordinal);
        Assert.Contains("Boulangerie Dupont", list, StringComparison.Ordinal);
        var summary = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains("<h1 class=\"h3 mb-1 text-break\">Jean Dupont</h1>", summary, StringComparison.Ordinal);
        var details = WebUtility.HtmlDecode(await client.GetStringAsync(url + "/details"));
        Assert.Contains($"<a href=\"/contacts/{boss.Id()}\">Claire Martin</a>", details, StringComparison.Ordinal);
        foreach (var block in new[] { "Informations du contact", "Adresse", "Description" })
            Assert.Contains(block, details, StringComparison.Ordinal);
        Assert.DoesNotContain("Nom complet", details, StringComparison.Ordinal);

        // The « Supérieur hiérarchique » picker finds contacts by name, and can create one.
        Assert.Contains("\"name\":\"Jean Dupont\"", await client.GetStringAsync("/contacts/lookup?q=dup"), StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Claire Martin\"", await client.GetStringAsync("/contacts/browse?q=martin"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contacts/quick-create")).StatusCode);

        var edit = await client.GetStringAsync(url + "/edit");
        Assert.Contains("value=\"Claire Martin\"", WebUtility.HtmlDecode(edit), StringComparison.Ordinal);
        var fields = AccountPageHelpers.FormFields(edit);
        fields["reportsTo"] = jean.Id().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await client.PostFormAsync(url + "/edit", fields);
        Assert.Contains("Un contact ne peut pas être son propre supérieur hiérarchique.", await refused.TextAsync(), StringComparison.Ordinal);
        fields["reportsTo"] = "";
        fields["firstName"] = "Jean-Pierre";
        var saved = await client.PostFormAsync(url + "/edit", fields);
        Assert.Equal(url, saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("<h1 class=\"h3 mb-1 text-break\">Jean-Pierre Dupont</h1>", await saved.TextAsync(), StringComparison.Ordinal);

        // The confirmation tells where the contact goes: the Corbeille, whence it can come back.
        Assert.Contains("Le contact « Jean-Pierre Dupont » (", WebUtility.HtmlDecode(await client.GetStringAsync(url)), StringComparison.Ordinal);
        Assert.Contains("sera placé dans la corbeille", WebUtility.HtmlDecode(await client.GetStringAsync(url)), StringComparison.Ordinal);
        var deleted = await client.PostFormAsync(url + "?handler=Delete", [], url);
        Assert.Equal($"/accounts/{accountId}/contacts", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Contact « Jean-Pierre Dupont » supprimé.", await deleted.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_contacts_list_pages_both_ways_keeping_its_filter_size_and_count(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        for (var i = 1; i <= 56; i++)
            await api.CreateContactAsync(new { firstName = $"Claire {i:00}", lastName = "Martin", doNotEmail = i % 8 == 0 });

        var pages = await client.WalkBothWaysAsync("/contacts", "/contacts");
        Assert.Equal([25, 25, 6], pages.Select(p => p.Ids.Count));
        Assert.Equal(56, pages.SelectMany(p => p.Ids).Distinct().Count());
        Assert.All(pages, p => Assert.Equal("56 résultats", ListPages.Count(p.Html)));

        var by50 = await client.WalkBothWaysAsync("/contacts?size=50", "/contacts");
        Assert.Equal([50, 6], by50.Select(p => p.Ids.Count));
        Assert.Contains("size=50", ListPages.Link(by50[1].Html, ListPages.Previous)!, StringComparison.Ordinal);

        // « Ne pas envoyer d'email » unticked: 49 of them, by name descending; the filter and the sort stay on every page.
        var filtered = await client.WalkBothWaysAsync("/contacts?doNotEmail=false&sort=fullName&dir=desc", "/contacts");
        Assert.Equal([25, 24], filtered.Select(p => p.Ids.Count));
        Assert.All(filtered, p => Assert.Equal("49 résultats", ListPages.Count(p.Html)));
        var back = ListPages.Link(filtered[1].Html, ListPages.Previous)!;
        foreach (var part in new[] { "doNotEmail=false", "sort=fullName", "dir=desc", "size=25" })
            Assert.Contains(part, back, StringComparison.Ordinal);
    }

    private static List<string> ContactRows(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<th scope=\"row\"[^>]*><a href=\"/contacts/\\d+\">([^<]*)</a>")
            .Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
}
