using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Comptoir.Web.Tests.Export;

public sealed class ListCsvExportTests
{
    private const string Export = ApiHelpers.Accounts + "/export";

    [Theory, ClassData(typeof(Databases))]
    public async Task Csv_has_a_bom_semicolons_crlf_french_headers_and_french_values(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/v1/metadata/accounts/fields", new { type = "date", label = "Fin de contrat" })).StatusCode);
        var parent = await api.CreateAccountAsync(new { name = "Groupe Dupont" });
        await api.CreateAccountAsync(new
        {
            name = "Boulangerie Dupont; \"Fils\"", accountType = "customer", employees = 1250, annualRevenue = 12345.5m,
            doNotEmail = true, parentAccount = parent["id"]!.GetValue<long>(), cf_fin_de_contrat = "2026-12-31",
        });

        var csv = await api.CsvAsync(Export + "?columns=name,accountType,employees,annualRevenue,doNotEmail,parentAccount,assignedTo,cf_fin_de_contrat&sort=name");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv.Bytes[..3]);
        Assert.Equal(["Nom compte", "Type", "Effectif", "Chiffre d'affaires annuel", "Ne pas envoyer d'email", "Compte parent", "Assigné à", "Fin de contrat"], csv.Header);
        Assert.Equal(["Boulangerie Dupont; \"Fils\"", "Client", "1250", "12345,50", "Oui", "Groupe Dupont", "Administrateur", "31/12/2026"], csv.Lines[0]);
        Assert.Equal(["Groupe Dupont", "", "", "", "Non", "", "Administrateur", ""], csv.Lines[1]);
        // CRLF after every line, the field holding « ; » and quotes quoted as RFC 4180 says.
        Assert.StartsWith("\uFEFFNom compte;Type;Effectif;", csv.Text, StringComparison.Ordinal);
        Assert.Contains("\r\n\"Boulangerie Dupont; \"\"Fils\"\"\";Client;1250;12345,50;Oui;Groupe Dupont;Administrateur;31/12/2026\r\n", csv.Text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var english = await api.CsvAsync(Export + "?culture=en&columns=name,annualRevenue,doNotEmail,cf_fin_de_contrat&sort=name");
        Assert.Equal(["Account name", "Annual revenue", "Do not email", "Fin de contrat"], english.Header);
        Assert.Equal(["Boulangerie Dupont; \"Fils\"", "12345.50", "Yes", "12/31/2026"], english.Lines[0]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task By_default_the_columns_are_the_lists_and_the_file_is_named_after_it_and_the_day(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Martin", billingCity = "Lyon", website = "https://martin.fr", phone = "01 42 68 53 00" });

        var response = await api.GetAsync(Export);
        var csv = ExportHelpers.Parse(await response.Content.ReadAsByteArrayAsync());

        var list = await (await app.SignedInClientAsync()).GetStringAsync("/accounts");
        var headers = Html.Parse(list).QuerySelectorAll("table.records-table thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(headers, csv.Header);
        Assert.Contains("01 42 68 53 00", csv.Lines[0]);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));
        Assert.Equal($"comptes-clients-{day:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Formula_like_text_is_written_with_a_leading_apostrophe_and_numbers_stay_numbers(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "=HYPERLINK(\"http://evil\";\"x\")", annualRevenue = -12.5m });
        await api.CreateAccountAsync(new { name = "+33 cafés" });
        await api.CreateAccountAsync(new { name = "-5 degrés" });
        await api.CreateAccountAsync(new { name = "@SUM(A1)" });

        var csv = await api.CsvAsync(Export + "?columns=name,annualRevenue&sort=name");

        Assert.Equal(["'+33 cafés", "'-5 degrés", "'=HYPERLINK(\"http://evil\";\"x\")", "'@SUM(A1)"], csv.Column("Nom compte").Order(StringComparer.Ordinal));
        Assert.Contains("-12,50", csv.Column("Chiffre d'affaires annuel"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_search_filters_and_sort_of_the_list_apply_and_ticked_ids_narrow_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var ids = new List<long>();
        string[] cities = ["Lyon", "Paris", "Nantes"];
        for (var i = 1; i <= 12; i++)
            ids.Add((await api.CreateAccountAsync(new
            {
                name = (i % 2 == 0 ? "Élan " : "Zèbre ") + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
                billingCity = cities[i % 3], accountType = i % 3 == 0 ? "prospect" : "customer",
            }))["id"]!.GetValue<long>());
        const string query = "q=%C3%A9lan&accountType=customer&sort=billingCity&order=desc";
        var listed = (await (await api.GetAsync($"{ApiHelpers.Accounts}?{query}&limit=100")).JsonAsync())["items"]!.AsArray()
            .Select(a => a!["name"]!.GetValue<string>()).ToList();

        var csv = await api.CsvAsync($"{Export}?{query}&columns=name,billingCity");
        var ticked = await api.CsvAsync($"{Export}?{query}&columns=name&ids={ids[1]},{ids[3]},{ids[2]}");

        // By city, descending, then by id the same way.
        Assert.Equal(["Élan 10", "Élan 04", "Élan 08", "Élan 02"], listed);
        Assert.Equal(listed, csv.Column("Nom compte"));
        Assert.Equal(["Paris", "Paris", "Nantes", "Nantes"], csv.Column("Ville (facturation)"));
        // Ticked rows that the filter leaves out (Zèbre 03) stay out: the file is what the list shows.
        Assert.Equal(["Élan 04", "Élan 02"], ticked.Column("Nom compte"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_user_exports_only_the_accounts_they_may_see(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        var claireId = await app.CreateUserAsync("cmartin", "Claire Martin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/v1/settings/sharing", new { accountsPrivate = true })).StatusCode);
        var hidden = await admin.CreateAccountAsync(new { name = "Secret SA" });
        await admin.CreateAccountAsync(new { name = "Martin et fils", assignedTo = new { type = "user", id = claireId } });
        var claire = await app.ApiClientAsync("cmartin", ApiHelpers.UserPassword);

        var all = await claire.CsvAsync(Export + "?columns=name,assignedTo");
        var asked = await claire.CsvAsync($"{Export}?columns=name&ids={hidden["id"]}");

        Assert.Equal([["Martin et fils", "Claire Martin"]], all.Lines);
        Assert.Empty(asked.Lines);
        Assert.Equal(2, (await admin.CsvAsync(Export)).Lines.Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_parameters_get_a_400_naming_each_and_the_page_says_why(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var response = await api.GetAsync(Export + "?format=pdf&industry=nope&columns=name,zzz&ids=1,x&limit=10&bogus=1&sort=description");
        var errors = await response.ProblemErrorsAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["bogus", "columns", "format", "ids", "industry", "limit", "sort"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("« format » vaut csv ou xlsx.", errors["format"].Single());
        Assert.Contains("« zzz »", errors["columns"].Single(), StringComparison.Ordinal);
        var english = await app.ApiClientAsync(language: "en");
        Assert.Equal("“format” is csv or xlsx.", (await (await english.GetAsync(Export + "?format=pdf")).ProblemErrorsAsync())["format"].Single());

        var browser = await app.SignedInClientAsync();
        var page = await browser.GetAsync("/accounts/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = Html.Parse(await page.Content.ReadAsStringAsync());
        Assert.Equal("« format » vaut csv ou xlsx.", html.QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.NotNull(html.QuerySelector("a[href='/accounts']"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Signed_in_users_get_the_same_file_from_the_page_and_the_list_links_to_it_with_its_state(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Martin", accountType = "prospect" });
        await api.CreateAccountAsync(new { name = "Durand", accountType = "customer" });
        var browser = await app.SignedInClientAsync();

        var list = Html.Parse(await browser.GetStringAsync("/accounts?q=mar&accountType=prospect&sort=name&dir=desc&size=50"));
        var links = list.QuerySelectorAll("a[data-export]").Select(a => a.GetAttribute("href")!).ToList();
        var fromPage = await browser.CsvAsync(links[0]);
        var fromApi = await api.CsvAsync(links[0].Replace("/accounts/export", Export, StringComparison.Ordinal));

        Assert.Equal(["/accounts/export?format=csv&q=mar&accountType=prospect&sort=name&order=desc",
            "/accounts/export?format=xlsx&q=mar&accountType=prospect&sort=name&order=desc"], links);
        Assert.Equal(fromApi.Bytes, fromPage.Bytes);
        Assert.Equal(["Martin"], fromPage.Column("Nom compte"));

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var refused = await anonymous.GetAsync("/accounts/export");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Export)).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_module_exports_and_ledger_accounts_keep_their_accounting_file_without_a_format(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Martin" });

        var accounting = await api.CsvAsync("/api/v1/ledger-accounts/export");
        var list = await api.CsvAsync("/api/v1/ledger-accounts/export?format=csv");
        var contacts = await api.CsvAsync("/api/v1/contacts/export");

        Assert.Equal("Code", accounting.Header[0]);
        Assert.Equal("Compte collectif", accounting.Header[2]);
        Assert.Contains("411MARTIN", list.Lines.Single());
        Assert.NotEqual(accounting.Header, list.Header);
        Assert.Empty(contacts.Lines);
    }
}
