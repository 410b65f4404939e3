using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>The « Comptes clients » list: columns, search, sort, keyset pages, and the parent-account picker's lookup.</summary>
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
