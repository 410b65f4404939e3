using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>The « Comptes clients » list: columns, search, sort, keyset pages both ways, their size and count, and the parent-account picker's lookup.</summary>
public sealed class AccountListPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_shows_the_default_columns_with_formatted_values(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        Assert.Contains("Aucun compte client", await client.GetStringAsync("/accounts"), StringComparison.Ordinal);
        var (id, _) = await app.SeedAsync("Boulangerie Dupont", new()
        {
            ["billingCity"] = "Paris", ["website"] = "www.boulangerie-dupont.fr", ["phone"] = "0142685300",
        });

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts"));

        Assert.Contains("<h1 class=\"h3 mb-0 me-auto\">Comptes clients</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/accounts/new\"", html, StringComparison.Ordinal);
        Assert.Contains("placeholder=\"Nom, numéro, SIRET ou email\"", html, StringComparison.Ordinal);
        var headers = System.Text.RegularExpressions.Regex.Matches(html, "<th scope=\"col\"[\\s\\S]*?</th>")
            .Select(m => System.Text.RegularExpressions.Regex.Replace(m.Value, "<[^>]+>", "").Trim()).ToList();
        Assert.Equal(["Nom compte", "Ville (facturation)", "Site Web", "Téléphone", "Assigné à"], headers);
        Assert.Contains($"<a href=\"/accounts/{id}\">Boulangerie Dupont</a>", html, StringComparison.Ordinal);
        foreach (var cell in new[] { ">Paris<", ">https://www.boulangerie-dupont.fr<", ">01 42 68 53 00<", ">Administrateur<" })
            Assert.Contains(cell, html, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Search_finds_by_name_prefix_ignoring_accents_and_case_number_siret_and_email(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        await app.SeedAsync("Boulangerie Dupont", new() { ["siret"] = "73282932000074" });
        var (_, number) = await app.SeedAsync("Société Générale", new() { ["email"] = "contact@socgen.fr", ["siret"] = "55212022200013" });

        async Task<List<string>> Search(string q) =>
            AccountPageHelpers.RowNames(await client.GetStringAsync("/accounts?q=" + Uri.EscapeDataString(q)));

        Assert.Equal(["Société Générale"], await Search("societe"));
        Assert.Equal(["Société Générale"], await Search("SOCIÉTÉ gén"));
        Assert.Equal(["Société Générale"], await Search(number.ToLowerInvariant()));
        Assert.Equal(["Boulangerie Dupont"], await Search("73282932000074"));
        Assert.Equal(["Boulangerie Dupont"], await Search("732 829 320"));
        Assert.Equal(["Société Générale"], await Search("contact@socgen.fr"));
        Assert.Equal(["Boulangerie Dupont", "Société Générale"], await Search(""));

        var none = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts?q=zzz"));
        Assert.Contains("Aucun résultat pour « zzz ».", none, StringComparison.Ordinal);
        Assert.Empty(AccountPageHelpers.RowNames(none));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Columns_sort_both_ways_and_keep_the_search(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        await app.SeedAsync("Atelier Alpha", new() { ["billingCity"] = "Lyon" });
        await app.SeedAsync("Atelier Bravo", new() { ["billingCity"] = "Annecy" });
        await app.SeedAsync("Atelier Charlie", new() { ["billingCity"] = "Paris" });

        var byName = await client.GetStringAsync("/accounts");
        Assert.Equal(["Atelier Alpha", "Atelier Bravo", "Atelier Charlie"], AccountPageHelpers.RowNames(byName));
        Assert.Contains("<th scope=\"col\" aria-sort=\"ascending\">", byName, StringComparison.Ordinal);

        var cityAsc = await client.GetStringAsync("/accounts?q=atelier&sort=billingCity&dir=asc");
        Assert.Equal(["Atelier Bravo", "Atelier Alpha", "Atelier Charlie"], AccountPageHelpers.RowNames(cityAsc));
        // The active header flips the direction and keeps the search.
        var flip = AccountPageHelpers.LinkHref(cityAsc, "Ville (facturation)")!;
        Assert.Contains("q=atelier", flip, StringComparison.Ordinal);
        Assert.Contains("dir=desc", flip, StringComparison.Ordinal);

        var cityDesc = await client.GetStringAsync(flip);
        Assert.Equal(["Atelier Charlie", "Atelier Alpha", "Atelier Bravo"], AccountPageHelpers.RowNames(cityDesc));
        Assert.Contains("<th scope=\"col\" aria-sort=\"descending\">", cityDesc, StringComparison.Ordinal);

        var nameDesc = await client.GetStringAsync("/accounts?sort=name&dir=desc");
        Assert.Equal(["Atelier Charlie", "Atelier Bravo", "Atelier Alpha"], AccountPageHelpers.RowNames(nameDesc));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Pages_follow_each_other_by_cursor_without_duplicates(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        for (var i = 1; i <= 30; i++) await app.SeedAsync($"Compte {i:00}", new() { ["billingCity"] = i % 2 == 0 ? "Lyon" : "Lille" });

        var first = await client.GetStringAsync("/accounts?sort=billingCity");
        var page1 = AccountPageHelpers.RowNames(first);
        Assert.Equal(25, page1.Count);
        Assert.DoesNotContain("Première page", first, StringComparison.Ordinal);
        var next = AccountPageHelpers.LinkHref(first, "Page suivante")!;
        Assert.Contains("cursor=", next, StringComparison.Ordinal);

        var second = await client.GetStringAsync(next);
        var page2 = AccountPageHelpers.RowNames(second);
        Assert.Equal(5, page2.Count);
        Assert.Equal(30, page1.Concat(page2).Distinct().Count());
        Assert.All(page2, name => Assert.Equal(0, int.Parse(name[^2..], System.Globalization.CultureInfo.InvariantCulture) % 2)); // Lyon after Lille
        Assert.DoesNotContain("Page suivante", second, StringComparison.Ordinal);
        Assert.Equal(page1, AccountPageHelpers.RowNames(await client.GetStringAsync(AccountPageHelpers.LinkHref(second, "Première page")!)));
    }

    private static readonly string[] LevelLabels = ["Bronze", "Argent", "Or"];

    private static async Task<List<long>> SeedSixtyAsync(TestApp app) =>
        await app.BulkAsync(Enumerable.Range(1, 60).Select(i => $"Compte {i:00}"));

    [Theory, ClassData(typeof(Databases))]
    public async Task Sixty_accounts_page_by_25_both_ways_with_their_count(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var ids = await SeedSixtyAsync(app);

        var pages = await client.WalkBothWaysAsync("/accounts", "/accounts");

        Assert.Equal([25, 25, 10], pages.Select(p => p.Ids.Count));
        Assert.Equal(ids, pages.SelectMany(p => p.Ids)); // by name: « Compte 01 » … « Compte 60 », each once
        Assert.NotNull(ListPages.Link(pages[0].Html, ListPages.Next));
        Assert.NotNull(ListPages.Link(pages[1].Html, ListPages.Previous));
        Assert.NotNull(ListPages.Link(pages[1].Html, ListPages.Next));
        Assert.Null(ListPages.Link(pages[2].Html, ListPages.Next));
        Assert.All(pages, p => Assert.Equal("60 résultats", ListPages.Count(p.Html)));
        Assert.Equal(pages[0].Ids, (await client.GetAsync(ListPages.Link(pages[2].Html, ListPages.First)!, "/accounts")).Ids);

        using var english = new HttpRequestMessage(HttpMethod.Get, ListPages.Link(pages[0].Html, ListPages.Next));
        english.Headers.AcceptLanguage.ParseAdd("en");
        var englishPage = await (await client.SendAsync(english)).Content.ReadAsStringAsync();
        Assert.Equal("60 results", ListPages.Count(englishPage));
        Assert.NotNull(ListPages.Link(englishPage, "Previous page"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_page_size_is_25_50_or_100_chosen_on_the_page_and_kept_in_every_link(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        await SeedSixtyAsync(app);

        var by50 = await client.WalkBothWaysAsync("/accounts?size=50", "/accounts");
        Assert.Equal([50, 10], by50.Select(p => p.Ids.Count));
        foreach (var page in by50)
        {
            Assert.Contains("<option value=\"50\" selected=\"selected\">50</option>", page.Html, StringComparison.Ordinal);
            foreach (var link in new[] { ListPages.Next, ListPages.Previous, ListPages.First, "Nom compte", "Ville (facturation)" })
                if (ListPages.Link(page.Html, link) is { } href) Assert.Contains("size=50", href, StringComparison.Ordinal);
        }
        Assert.Contains("size=50", AccountPageHelpers.LinkHref(by50[1].Html, "Ville (facturation)")!, StringComparison.Ordinal);
        // The search form keeps the size too.
        Assert.Contains("<input type=\"hidden\" name=\"size\" value=\"50\" />", by50[0].Html, StringComparison.Ordinal);

        var by100 = await client.WalkBothWaysAsync("/accounts?size=100", "/accounts");
        Assert.Equal([60], by100.Select(p => p.Ids.Count));
        Assert.Equal("60 résultats", ListPages.Count(by100[0].Html));

        // The select is a plain GET form: it sends the size with the sort, and no cursor (back to the first page).
        var sorted = await client.GetStringAsync("/accounts?sort=billingCity&dir=desc");
        Assert.Matches("<input type=\"hidden\" name=\"sort\" value=\"billingCity\" />\\s*<input type=\"hidden\" name=\"dir\" value=\"desc\" />\\s*<label[^>]*for=\"list-size\"", sorted);
        Assert.Contains("<select class=\"form-select form-select-sm w-auto\" id=\"list-size\" name=\"size\">", sorted, StringComparison.Ordinal);

        foreach (var other in new[] { "30", "1000", "0", "-5", "abc", "" })
        {
            var page = await client.GetAsync("/accounts?size=" + other, "/accounts");
            Assert.Equal(25, page.Ids.Count);
            Assert.Contains("<option value=\"25\" selected=\"selected\">25</option>", page.Html, StringComparison.Ordinal);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Search_filter_and_sort_are_kept_on_every_page_both_ways(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        string[] cities = ["Lyon", "Annecy", "Paris", "Brest"];
        var atelier = new List<(long Id, string City)>();
        for (var i = 1; i <= 36; i++)
        {
            var city = cities[i % cities.Length];
            var (id, _) = await app.SeedAsync($"Atelier {i:00}", new() { ["billingCity"] = city, ["industry"] = i % 6 == 0 ? "technology" : "food" });
            if (i % 6 != 0) atelier.Add((id, city));
        }
        for (var i = 1; i <= 5; i++) await app.SeedAsync($"Boutique {i:00}", new() { ["industry"] = "food" });

        var pages = await client.WalkBothWaysAsync("/accounts?q=atelier&industry=food&sort=billingCity&dir=desc", "/accounts");

        var expected = atelier.OrderByDescending(a => a.City, StringComparer.Ordinal).ThenByDescending(a => a.Id).Select(a => a.Id);
        Assert.Equal(expected, pages.SelectMany(p => p.Ids));
        Assert.Equal([25, 5], pages.Select(p => p.Ids.Count));
        Assert.All(pages, p => Assert.Equal("30 résultats", ListPages.Count(p.Html)));
        foreach (var link in new[] { ListPages.Link(pages[0].Html, ListPages.Next)!, ListPages.Link(pages[1].Html, ListPages.Previous)!, ListPages.Link(pages[1].Html, ListPages.First)! })
            foreach (var part in new[] { "q=atelier", "industry=food", "sort=billingCity", "dir=desc", "size=25" })
                Assert.Contains(part, link, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_custom_field_sort_pages_back_to_the_rows_each_page_held(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.PostJsonAsync("/api/v1/metadata/accounts/fields",
            new { type = "picklist", label = "Niveau fidélité", values = LevelLabels, listColumn = true });
        string[] levels = ["bronze", "argent", "or"];
        for (var i = 1; i <= 57; i++)
            await api.CreateAccountAsync(new { name = $"Compte {i:00}", cf_niveau_fidelite = i % 5 == 0 ? null : levels[i % 3] });
        var client = await app.SignedInClientAsync();

        foreach (var dir in new[] { "asc", "desc" })
        {
            var pages = await client.WalkBothWaysAsync($"/accounts?sort=cf_niveau_fidelite&dir={dir}", "/accounts");
            Assert.Equal([25, 25, 7], pages.Select(p => p.Ids.Count));
            Assert.Equal(57, pages.SelectMany(p => p.Ids).Distinct().Count());
            Assert.Contains("<th scope=\"col\" aria-sort=\"" + (dir == "asc" ? "ascending" : "descending") + "\">", pages[1].Html, StringComparison.Ordinal);
            Assert.Contains("sort=cf_niveau_fidelite", ListPages.Link(pages[1].Html, ListPages.Previous)!, StringComparison.Ordinal);
        }
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Page_precedente_after_rows_were_deleted_shows_a_full_first_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var ids = await SeedSixtyAsync(app);
        var second = await client.GetAsync(ListPages.Link((await client.GetAsync("/accounts", "/accounts")).Html, ListPages.Next)!, "/accounts");

        using (var scope = app.Services.CreateScope())
        {
            var db2 = scope.ServiceProvider.GetRequiredService<Comptoir.Data.AppDbContext>();
            await db2.Accounts.Where(a => a.Id == ids[0] || a.Id == ids[1] || a.Id == ids[2]).ExecuteDeleteAsync();
        }
        var back = await client.GetAsync(ListPages.Link(second.Html, ListPages.Previous)!, "/accounts");

        // 22 accounts are left before page 2's first row: the first page, filled up to 25 from the rows after them.
        Assert.Equal(ids.Skip(3).Take(25), back.Ids);
        Assert.Null(ListPages.Link(back.Html, ListPages.Previous));
        Assert.Equal("57 résultats", ListPages.Count(back.Html));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_count_is_exact_up_to_10_000_then_reads_more_than_10_000(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        await app.BulkAsync(Enumerable.Range(1, 10_000).Select(i => $"Alpha {i:00000}").Append("Zeta"));

        Assert.Equal($"Plus de {ListPages.French(10_000)} résultats", ListPages.Count(await client.GetStringAsync("/accounts")));
        Assert.Equal($"{ListPages.French(10_000)} résultats", ListPages.Count(await client.GetStringAsync("/accounts?q=alpha")));
        Assert.Equal($"{ListPages.French(9_999)} résultats", ListPages.Count(await client.GetStringAsync("/accounts?q=alpha%200")));
        Assert.Equal("1 résultat", ListPages.Count(await client.GetStringAsync("/accounts?q=zeta")));
        // Deep in the list the count is the same.
        var next = ListPages.Link(await client.GetStringAsync("/accounts?q=alpha&size=100"), ListPages.Next)!;
        Assert.Equal($"{ListPages.French(10_000)} résultats", ListPages.Count(await client.GetStringAsync(next)));

        using var english = new HttpRequestMessage(HttpMethod.Get, "/accounts");
        english.Headers.AcceptLanguage.ParseAdd("en");
        Assert.Equal("More than 10,000 results", ListPages.Count(await (await client.SendAsync(english)).Content.ReadAsStringAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_parent_picker_looks_accounts_up_by_name_without_the_account_itself(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var (holding, number) = await app.SeedAsync("Groupe Moreau", new() { ["billingCity"] = "Nantes" });
        var (subsidiary, _) = await app.SeedAsync("Groupe Moreau Ouest");
        await app.SeedAsync("Imprimerie Martin");

        var found = JsonNode.Parse(await client.GetStringAsync("/accounts/lookup?q=groupe"))!.AsArray();
        Assert.Equal(2, found.Count);
        Assert.Equal(holding, found[0]!["id"]!.GetValue<long>());
        Assert.Equal("Groupe Moreau", found[0]!["name"]!.GetValue<string>());
        Assert.Equal(number, found[0]!["number"]!.GetValue<string>());
        Assert.Equal("Nantes", found[0]!["city"]!.GetValue<string>());

        var others = JsonNode.Parse(await client.GetStringAsync($"/accounts/lookup?q=groupe&exclude={subsidiary}"))!.AsArray();
        Assert.Equal([holding], others.Select(a => a!["id"]!.GetValue<long>()));

        // The chosen parent is saved and shown as a link on the details tab.
        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync($"/accounts/{subsidiary}/edit"));
        fields["parentAccount"] = holding.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await client.PostFormAsync($"/accounts/{subsidiary}/edit", fields);
        Assert.Equal($"/accounts/{subsidiary}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains($"<a href=\"/accounts/{holding}\">Groupe Moreau</a>", await client.GetStringAsync($"/accounts/{subsidiary}/details"), StringComparison.Ordinal);
        Assert.Equal("Groupe Moreau", AccountPageHelpers.InputValue(await client.GetStringAsync($"/accounts/{subsidiary}/edit"), "parentAccount-search"));
    }
}
