using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Data;
using Comptoir.Data.Modules;
using Comptoir.Data.Search;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using static Comptoir.Web.Tests.Search.SearchWorld;

namespace Comptoir.Web.Tests.Search;

/// <summary>The same matching in the list's search box, the pickers, the /search page and the top bar's suggestions.</summary>
public sealed class SearchPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task The_list_box_and_the_api_list_match_any_word_start_in_any_order(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var world = await CreateAsync(await app.ApiClientAsync());
        var client = await app.SignedInClientAsync();

        var page = await client.GetHtmlAsync("/accounts?q=" + Uri.EscapeDataString("dupont sarl boulangerie"));
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains(Name(world.Dupont), rows[0], StringComparison.Ordinal);
        Assert.Contains(Name(world.Pixel), (await client.GetHtmlAsync("/accounts?q=papier")).QuerySelector("table tbody")!.TextContent, StringComparison.Ordinal);

        var api = await app.ApiClientAsync();
        var list = await (await api.GetAsync("/api/v1/contacts?q=dupont%20jean")).Content.ReadAsStringAsync();
        Assert.Equal(["Jean Dupont"], JsonNode.Parse(list)!["items"]!.AsArray().Select(i => i!["fullName"]!.GetValue<string>()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_picker_finds_a_parent_account_by_any_word_and_its_ledger_account_by_a_word_of_its_label(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var world = await CreateAsync(await app.ApiClientAsync());
        var client = await app.SignedInClientAsync();

        var parents = JsonNode.Parse(await client.GetStringAsync("/accounts/lookup?q=pixel"))!.AsArray();
        Assert.Equal([Name(world.Pixel)], parents.Select(p => p!["name"]!.GetValue<string>()));
        var byPhone = JsonNode.Parse(await client.GetStringAsync("/accounts/lookup?q=" + Uri.EscapeDataString("01 42 68 53 00")))!.AsArray();
        Assert.Single(byPhone);
        var ledgers = JsonNode.Parse(await client.GetStringAsync("/ledger-accounts/lookup?q=papier"))!.AsArray();
        Assert.Contains("Agence Pixel & Papier", Assert.Single(ledgers)!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_search_page_groups_hits_by_module_with_their_number_and_context(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var world = await CreateAsync(await app.ApiClientAsync());
        var client = await app.SignedInClientAsync();

        var page = await client.GetHtmlAsync("/search?q=" + Uri.EscapeDataString("@dupont.fr"));
        var groups = page.QuerySelectorAll("section.search-group").ToList();
        Assert.Equal(["Comptes clients", "Contacts"], groups.Select(g => g.QuerySelector("h2")!.FirstChild!.TextContent.Trim()));
        var contact = groups[1].QuerySelector("li")!;
        Assert.Equal($"/contacts/{world.Jean["id"]}", contact.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(world.Jean["number"]!.GetValue<string>(), contact.TextContent, StringComparison.Ordinal);
        Assert.Contains("Email : jean.dupont@dupont.fr", contact.TextContent, StringComparison.Ordinal);

        Assert.Contains("Aucun résultat pour « zzzz ».", (await client.GetHtmlAsync("/search?q=zzzz")).Body!.TextContent, StringComparison.Ordinal);
        var bad = await client.GetAsync("/search?q=a&limit=0");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("« limit » doit être un nombre entier entre 1 et 50.", (await bad.HtmlAsync()).QuerySelector("#search-page-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_page_has_the_top_bar_box_and_its_suggestions_start_at_two_characters(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var world = await CreateAsync(await app.ApiClientAsync());
        var client = await app.SignedInClientAsync();

        foreach (var url in new[] { "/", "/accounts", $"/accounts/{world.Pixel["id"]}", "/contacts/new" })
        {
            var box = (await client.GetHtmlAsync(url)).QuerySelector("form.top-search input#top-search[role=combobox]");
            Assert.NotNull(box);
        }
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/search/suggest?q=p"))!.AsArray());
        var groups = JsonNode.Parse(await client.GetStringAsync("/search/suggest?q=pi"))!.AsArray();
        var hit = groups.Single(g => g!["module"]!.GetValue<string>() == "accounts")!["hits"]![0]!;
        Assert.Equal(Name(world.Pixel), hit["title"]!.GetValue<string>());
        Assert.Equal($"/accounts/{world.Pixel["id"]}", hit["url"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Records_written_before_the_index_are_found_once_it_is_built_at_start_up(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);
        using (var scope = app.Services.CreateScope())
        {
            var data = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await data.SearchTerms.ExecuteDeleteAsync();
            await data.Settings.Where(s => s.Key.StartsWith("search.index.")).ExecuteDeleteAsync();
        }
        Assert.Empty(await AccountsAsync(api, "pixel"));

        using (var scope = app.Services.CreateScope())
            await SearchIndexBuild.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(),
                scope.ServiceProvider.GetRequiredService<ModuleCatalog>(), NullLogger.Instance, CancellationToken.None);

        Assert.Equal([Name(world.Pixel)], await AccountsAsync(api, "pixel"));
        Assert.Equal(["Jean Dupont"], (await SearchAsync(api, "@dupont.fr"))["contacts"]);
    }
}
