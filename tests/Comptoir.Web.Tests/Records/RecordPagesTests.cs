using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Records;

/// <summary>The pages written once for Comptes comptables, Produits and Grilles tarifaires, driven like a browser.</summary>
public sealed partial class RecordPagesTests
{
    private static Dictionary<string, string> Product(string code, string name, string price) => new()
    {
        ["code"] = code, ["name"] = name, ["unit"] = "pièce", ["unitPrice"] = price, ["vatRate"] = "20", ["active"] = "true",
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task A_product_is_created_listed_edited_and_deleted_through_the_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var empty = WebUtility.HtmlDecode(await client.GetStringAsync("/products"));
        Assert.Contains("Aucun produit", empty, StringComparison.Ordinal);
        Assert.Contains("href=\"/products/new\"", empty, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/products/new", Product("CLE-10", "Clé plate 10 mm", "12,50"));
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/products/[0-9]+$", path);
        var detail = await created.TextAsync();
        Assert.Contains("« Clé plate 10 mm » enregistré.", detail, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3 mb-1 text-break\">Clé plate 10 mm</h1>", detail, StringComparison.Ordinal);
        Assert.Contains("12,50", detail, StringComparison.Ordinal);
        Assert.Contains("Détails du produit", detail, StringComparison.Ordinal);
        Assert.Contains($"action=\"{path}?handler=Delete\"", detail, StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/products"));
        Assert.Contains($"<a href=\"{path}\">Clé plate 10 mm</a>", list, StringComparison.Ordinal);
        Assert.Contains(">CLE-10<", list, StringComparison.Ordinal);
        Assert.Empty(RowLinks(WebUtility.HtmlDecode(await client.GetStringAsync("/products?q=zzz"))));
        Assert.Single(RowLinks(WebUtility.HtmlDecode(await client.GetStringAsync("/products?q=cle"))));

        var edit = WebUtility.HtmlDecode(await client.GetStringAsync(path + "/edit"));
        Assert.Equal("Clé plate 10 mm", AccountPageHelpers.InputValue(edit, "name"));
        Assert.Contains("name=\"_version\" value=\"1\"", edit, StringComparison.Ordinal);
        var fields = Product("CLE-10", "Clé plate 10 mm chromée", "13,90");
        fields["_version"] = "1";
        var saved = await client.PostFormAsync(path + "/edit", fields);
        Assert.Equal(path, saved.RequestMessage!.RequestUri!.AbsolutePath);
        var after = await saved.TextAsync();
        Assert.Contains("Modifications enregistrées.", after, StringComparison.Ordinal);
        Assert.Contains("Clé plate 10 mm chromée", after, StringComparison.Ordinal);
        Assert.Contains("13,90", after, StringComparison.Ordinal);

        // Someone else saves with the version the first form was opened at: their values stay, nothing is overwritten.
        fields["name"] = "Clé périmée";
        var conflict = await client.PostFormAsync(path + "/edit", fields);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var conflictHtml = await conflict.TextAsync();
        Assert.Contains("Cet enregistrement a été modifié par quelqu'un d'autre", conflictHtml, StringComparison.Ordinal);
        Assert.Equal("Clé périmée", AccountPageHelpers.InputValue(conflictHtml, "name"));
        Assert.Contains("Clé plate 10 mm chromée", await client.GetStringAsync(path), StringComparison.Ordinal);

        var deleted = await client.PostFormAsync(path + "?handler=Delete", [], formPage: path);
        Assert.Equal("/products", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        var listAfter = await deleted.TextAsync();
        Assert.Contains("« Clé plate 10 mm chromée » supprimé.", listAfter, StringComparison.Ordinal);
        Assert.Empty(RowLinks(listAfter));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Unknown_records_and_modules_answer_404(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        foreach (var url in new[] { "/products/987654", "/ledger-accounts/987654/edit", "/price-lists/987654", "/widgets/new", "/widgets/lookup" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var delete = await client.PostFormAsync("/products/987654?handler=Delete", [], formPage: "/products");
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_save_shows_each_error_beside_its_field_and_keeps_what_was_typed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        await client.PostFormAsync("/products/new", Product("VIS-4", "Vis 4 mm", "0,10"));

        var response = await client.PostFormAsync("/products/new", Product("VIS-4", "Vis en double", "-3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/products/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.TextAsync();
        Assert.Contains("L'enregistrement n'a pas été fait", html, StringComparison.Ordinal);
        Assert.Matches("id=\"f-code-error\"[^>]*>\\s*<div>La référence « VIS-4 » est déjà utilisée", html);
        Assert.Equal("Vis en double", AccountPageHelpers.InputValue(html, "name"));
        Assert.Equal("-3", AccountPageHelpers.InputValue(html, "unitPrice"));

        var missing = await client.PostFormAsync("/ledger-accounts/new", new() { ["code"] = "", ["label"] = "Sans code", ["kind"] = "customer" });
        var missingHtml = await missing.TextAsync();
        Assert.Contains("« Code » est obligatoire.", missingHtml, StringComparison.Ordinal);
        Assert.Equal("Sans code", AccountPageHelpers.InputValue(missingHtml, "label"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Ledger_accounts_list_offers_the_csv_export_and_the_lookup_names_them_code_and_label(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var created = await client.PostFormAsync("/ledger-accounts/new", new()
        {
            ["code"] = "411dupont", ["label"] = "Boulangerie Dupont", ["collectiveAccount"] = "411000", ["kind"] = "customer", ["active"] = "true",
        });
        var detail = await created.TextAsync();
        Assert.Contains("<h1 class=\"h3 mb-1 text-break\">411DUPONT – Boulangerie Dupont</h1>", detail, StringComparison.Ordinal);

        var list = WebUtility.HtmlDecode(await client.GetStringAsync("/ledger-accounts"));
        Assert.Contains("href=\"/ledger-accounts/export.csv\"", list, StringComparison.Ordinal);
        Assert.Contains("Exporter (CSV)", list, StringComparison.Ordinal);
        Assert.Contains(">Boulangerie Dupont<", list, StringComparison.Ordinal);

        var byCode = JsonNode.Parse(await client.GetStringAsync("/ledger-accounts/lookup?q=411d"))!.AsArray();
        var item = Assert.Single(byCode)!;
        Assert.Equal("411DUPONT – Boulangerie Dupont", item["name"]!.GetValue<string>());
        Assert.Contains("411000", item["meta"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(await client.GetStringAsync("/ledger-accounts/lookup?q=boulang"))!.AsArray());
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/ledger-accounts/lookup?q=zzz"))!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_quick_create_dialog_the_script_inserts_as_html_encodes_what_was_typed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        const string Hostile = "\"><img src=x onerror=alert(1)><script>alert(2)</script>";

        // Refused (no reference): the fragment comes back with the typed name, which site.js puts in with innerHTML.
        var refused = await client.PostFormAsync("/products/quick-create", new() { ["code"] = "", ["name"] = Hostile, ["unitPrice"] = "1" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync(); // raw, as the script receives it
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Hostile, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_quick_create_dialog_the_script_inserts_as_html_encodes_labels_and_values_an_administrator_typed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        const string HostileLabel = "<script>alert(1)</script>", HostileValue = "\"><img src=x onerror=alert(2)>";
        var field = await api.PostJsonAsync("/api/v1/metadata/products/fields", new
        {
            type = "picklist", label = HostileLabel, block = "details", quickCreate = true, values = new[] { HostileValue },
        });
        Assert.Equal(HttpStatusCode.Created, field.StatusCode);

        // The dialog as site.js receives it before it sets innerHTML: the label and the value are there, as text only.
        var html = await (await app.SignedInClientAsync()).GetStringAsync("/products/quick-create");
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains(HostileLabel, text, StringComparison.Ordinal);
        Assert.Contains(HostileValue, text, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Quick_create_answers_201_with_the_new_record_or_422_with_the_errors_beside_the_inputs(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var fragment = WebUtility.HtmlDecode(await client.GetStringAsync("/price-lists/quick-create"));
        Assert.Contains("Créer : Grille tarifaire", fragment, StringComparison.Ordinal);
        Assert.Contains("id=\"qc-price-lists-name\"", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", fragment, StringComparison.Ordinal); // a fragment for the dialog, not a page

        var refused = await client.PostFormAsync("/price-lists/quick-create", new() { ["name"] = "", ["currency"] = "CHF", ["active"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = await refused.TextAsync();
        Assert.Matches("id=\"qc-price-lists-name-error\"[^>]*>\\s*<div>« Nom » est obligatoire.", errors);
        Assert.Matches("<option value=\"CHF\" selected=\"selected\">", errors);

        var created = await client.PostFormAsync("/price-lists/quick-create", new() { ["name"] = "Tarif revendeurs", ["currency"] = "EUR", ["active"] = "true" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal("Tarif revendeurs", json["name"]!.GetValue<string>());
        var id = json["id"]!.GetValue<long>();

        var lookup = JsonNode.Parse(await client.GetStringAsync("/price-lists/lookup?q=tarif"))!.AsArray();
        Assert.Equal(id, Assert.Single(lookup)!["id"]!.GetValue<long>());
        var browse = JsonNode.Parse(await client.GetStringAsync("/price-lists/browse"))!;
        Assert.Equal("Tarif revendeurs", Assert.Single(browse["items"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Null(browse["next"]);
        // Fields the dialog does not show keep their default: the new list is active.
        Assert.Contains("Tarif revendeurs", WebUtility.HtmlDecode(await client.GetStringAsync($"/price-lists/{id}")), StringComparison.Ordinal);

        // « Compte parent » creates an account the same way, « Assigné à » pre-selected as on the full form.
        var accountForm = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts/quick-create"));
        var owner = Regex.Match(accountForm, "<option value=\"([^\"]+)\" selected=\"selected\">").Groups[1].Value;
        var account = await client.PostFormAsync("/accounts/quick-create", new() { ["name"] = "Groupe Holding", ["assignedTo"] = owner });
        Assert.Equal(HttpStatusCode.Created, account.StatusCode);
        Assert.Contains("CPT-", JsonNode.Parse(await account.Content.ReadAsStringAsync())!["meta"]!.GetValue<string>(), StringComparison.Ordinal);

        var ledger = await client.PostFormAsync("/ledger-accounts/quick-create", new() { ["code"] = "411MARTIN", ["label"] = "Martin", ["kind"] = "customer" });
        Assert.Equal(HttpStatusCode.Created, ledger.StatusCode);
        Assert.Equal("411MARTIN – Martin", JsonNode.Parse(await ledger.Content.ReadAsStringAsync())!["name"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Browse_pages_through_a_module_by_keyset(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        for (var i = 1; i <= 12; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostFormAsync("/products/quick-create",
                new() { ["code"] = $"P{i:00}", ["name"] = $"Produit {i:00}", ["unitPrice"] = "1", ["vatRate"] = "20" })).StatusCode);

        var first = JsonNode.Parse(await client.GetStringAsync("/products/browse"))!;
        Assert.Equal(10, first["items"]!.AsArray().Count);
        Assert.Equal("Produit 01", first["items"]![0]!["name"]!.GetValue<string>());
        var next = first["next"]!.GetValue<string>();
        var second = JsonNode.Parse(await client.GetStringAsync("/products/browse?cursor=" + Uri.EscapeDataString(next)))!;
        Assert.Equal(["Produit 11", "Produit 12"], second["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Null(second["next"]);
        var searched = JsonNode.Parse(await client.GetStringAsync("/products/browse?q=P1"))!;
        Assert.Equal(3, searched["items"]!.AsArray().Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_products_list_pages_both_ways_keeping_its_search_sort_size_and_count(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        for (var i = 1; i <= 31; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostFormAsync("/products/quick-create",
                new() { ["code"] = $"{(i % 2 == 0 ? "VIS" : "ECR")}-{i:00}", ["name"] = $"Produit {i:00}", ["unitPrice"] = "1", ["vatRate"] = "20" })).StatusCode);

        var pages = await client.WalkBothWaysAsync("/products", "/products");
        Assert.Equal([25, 6], pages.Select(p => p.Ids.Count));
        Assert.All(pages, p => Assert.Equal("31 résultats", ListPages.Count(p.Html)));
        Assert.Equal([31], (await client.WalkBothWaysAsync("/products?size=100", "/products")).Select(p => p.Ids.Count));

        var byCode = await client.WalkBothWaysAsync("/products?q=produit&sort=code&dir=desc", "/products");
        Assert.Equal([25, 6], byCode.Select(p => p.Ids.Count));
        foreach (var part in new[] { "q=produit", "sort=code", "dir=desc", "size=25" })
            Assert.Contains(part, ListPages.Link(byCode[1].Html, ListPages.Previous)!, StringComparison.Ordinal);

        var by50 = await client.GetStringAsync("/products?q=produit&size=50");
        Assert.Contains("<option value=\"50\" selected=\"selected\">50</option>", by50, StringComparison.Ordinal);
        var sortLinks = Regex.Matches(by50, "class=\"sort-link\" href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(sortLinks);
        Assert.All(sortLinks, link => Assert.Contains("q=produit", link, StringComparison.Ordinal));
        Assert.All(sortLinks, link => Assert.Contains("size=50", link, StringComparison.Ordinal));

        // Ledger accounts share the page: the pager is there too.
        Assert.Equal(HttpStatusCode.Created, (await client.PostFormAsync("/ledger-accounts/quick-create",
            new() { ["code"] = "411MARTIN", ["label"] = "Martin", ["kind"] = "customer" })).StatusCode);
        var ledger = await client.GetStringAsync("/ledger-accounts?size=50");
        Assert.Contains("<option value=\"50\" selected=\"selected\">50</option>", ledger, StringComparison.Ordinal);
        Assert.Equal("1 résultat", ListPages.Count(ledger));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_account_form_offers_select_and_create_on_its_reference_pickers(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts/new"));
        foreach (var module in new[] { "accounts", "ledger-accounts", "price-lists" })
            Assert.Matches($"data-reference-module=\"{module}\"[\\s\\S]*?data-reference-browse[\\s\\S]*?data-reference-create", html);
        Assert.Contains("Sélectionner : Tarification", html, StringComparison.Ordinal);
        var menu = WebUtility.HtmlDecode(await client.GetStringAsync("/"));
        foreach (var link in new[] { "/products", "/price-lists", "/ledger-accounts", "/settings/accounting" })
            Assert.Contains($"href=\"{link}\"", menu, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_price_list_is_created_with_its_lines_and_its_pages_load_the_lines_editor(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var product = await client.PostFormAsync("/products/new", Product("CAFE-1KG", "Café en grains 1 kg", "20"));
        var productId = product.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
        var form = WebUtility.HtmlDecode(await client.GetStringAsync("/price-lists/new"));
        Assert.Contains("src=\"/js/price-lines.", form, StringComparison.Ordinal);
        Assert.Contains("data-price-lines", form, StringComparison.Ordinal);
        Assert.DoesNotContain("/js/price-lines.", await client.GetStringAsync("/products/new"), StringComparison.Ordinal);

        var lines = "[{\"product\":" + productId + ",\"strategy\":\"volume\",\"brackets\":[{\"fromQuantity\":1,\"unitPrice\":18},{\"fromQuantity\":10,\"unitPrice\":16}]}]";
        var created = await client.PostFormAsync("/price-lists/new", new()
        {
            ["name"] = "Tarif cafés", ["currency"] = "EUR", ["active"] = "true", ["lines"] = lines,
        });
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/price-lists/[0-9]+$", path);
        var detail = await created.TextAsync();
        Assert.Contains("« Tarif cafés » enregistré.", detail, StringComparison.Ordinal);
        Assert.Contains("Lignes de la grille", detail, StringComparison.Ordinal);
        Assert.Contains("Café en grains 1 kg", detail, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/price-lines.", WebUtility.HtmlDecode(await client.GetStringAsync(path + "/edit")), StringComparison.Ordinal);

        // The product is priced by the list: deleting it is refused with the reason, and it stays.
        var refused = await client.PostFormAsync($"/products/{productId}?handler=Delete", [], formPage: $"/products/{productId}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("« Tarif cafés »", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/products/{productId}")).StatusCode);

        var bad = await client.PostFormAsync("/price-lists/new", new() { ["name"] = "Tarif cassé", ["currency"] = "EUR", ["lines"] = "[{" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var badHtml = await bad.TextAsync();
        Assert.Contains("id=\"f-lines-error\"", badHtml, StringComparison.Ordinal);
        Assert.Contains("[{</textarea>", badHtml, StringComparison.Ordinal);
    }

    private static List<string> RowLinks(string html) =>
        RowLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<th scope=\"row\" class=\"fw-normal\"><a href=\"[^\"]+\">([^<]*)</a>")]
    private static partial Regex RowLink();
}
