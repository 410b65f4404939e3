using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.MassActions;
using Comptoir.Web.Tests.RecycleBin;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.Imports;

public sealed class ImportsApiTests
{
    // What Excel writes on a French Windows: « ; », Windows-1252, CRLF, the column names of a vtiger export.
    private const string VtigerFile =
        "Nom du compte;Téléphone;E-mail;Rue (facturation);Ville (facturation);Type;Assigné à\r\n" +
        "Boulangerie Lefèvre Presqu'île;01 42 68 53 00;contact@lefevre.fr;12 rue de l'Église;Quimper;Client;\r\n" +
        "Agence Pixel & Papier;0299001122;bonjour@pixel.fr;;Rennes;;\r\n" +
        ";0100000000;sans-nom@exemple.fr;;;;\r\n" +
        "Café Formule;=HYPERLINK(\"http://x\");cafe@exemple.fr;;;;\r\n" +
        "Mauvais Courriel;;pas-un-email;;;;\r\n" +
        ";;;;;;\r\n";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_windows_1252_vtiger_export_is_read_mapped_and_imported_row_by_row(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var import = await api.ImportAsync(ImportHelpers.Windows1252.GetBytes(VtigerFile));

        Assert.Equal("done", import["status"]!.GetValue<string>());
        Assert.Equal(5, import["rows"]!.GetValue<int>()); // the « ;;;;;; » line is passed over
        Assert.Equal(2, import.Count("created"));
        Assert.Equal(3, import.Count("failed"));
        var options = import["options"]!;
        Assert.Equal("windows-1252", options["encoding"]!.GetValue<string>());
        Assert.Equal(";", options["delimiter"]!.GetValue<string>());
        Assert.Equal("name", options["mapping"]!["Nom du compte"]!.GetValue<string>());
        Assert.Equal("billingStreet", options["mapping"]!["Rue (facturation)"]!.GetValue<string>());
        Assert.Equal("accountType", options["mapping"]!["Type"]!.GetValue<string>());

        var accounts = await api.AccountsByNameAsync();
        Assert.Equal(["Agence Pixel & Papier", "Boulangerie Lefèvre Presqu'île"], accounts.Keys.Order());
        var lefevre = await api.AccountAsync(accounts["Boulangerie Lefèvre Presqu'île"]["id"]!.GetValue<long>());
        Assert.Equal("12 rue de l'Église", lefevre["billingStreet"]!.GetValue<string>());
        Assert.Equal("customer", lefevre["accountType"]!.GetValue<string>());
        Assert.StartsWith("CPT-", lefevre["number"]!.GetValue<string>());
        Assert.NotNull(lefevre["ledgerAccount"]); // generated, as for a form save
        var history = await (await api.GetAsync($"{ApiHelpers.Accounts}/{lefevre["id"]}/history")).JsonAsync();
        Assert.Equal("import:" + import["id"], history["items"]!.AsArray()[0]!["action"]!.GetValue<string>());

        var errors = import["errors"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Contains(errors, e => e["line"]!.GetValue<int>() == 4 && e["field"]?.GetValue<string>() == "name" && e["column"]!.GetValue<string>() == "Nom du compte");
        Assert.Contains(errors, e => e["line"]!.GetValue<int>() == 5 && e["column"]!.GetValue<string>() == "Téléphone" && e["message"]!.GetValue<string>().Contains("Formule"));
        Assert.Contains(errors, e => e["line"]!.GetValue<int>() == 6 && e["field"]!.GetValue<string>() == "email");
        Assert.DoesNotContain(accounts.Keys, n => n.Contains("Café"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_report_lists_each_refused_row_as_it_was_with_its_line_and_reason(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var import = await api.ImportAsync(ImportHelpers.Windows1252.GetBytes(VtigerFile));

        var response = await api.GetAsync($"{ImportHelpers.Imports}/{import["id"]}/report.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Nom du compte;Téléphone;E-mail;Rue (facturation);Ville (facturation);Type;Assigné à;Ligne;Erreurs", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith(";0100000000;sans-nom@exemple.fr;;;;;4;", lines[1]);
        // The formula comes back neutralised, as every export writes it.
        Assert.Contains("'=HYPERLINK(", lines[2]);
        Assert.DoesNotContain(";=HYPERLINK", lines[2]);
        Assert.StartsWith("Mauvais Courriel;;pas-un-email;;;;;6;", lines[3]);
        Assert.Contains(";6;Email : ", lines[3]); // the field named in the reason
        Assert.DoesNotContain("Boulangerie", string.Join("\n", lines));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_dry_run_checks_every_row_as_a_save_would_and_writes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var import = await api.ImportAsync(ImportHelpers.Windows1252.GetBytes(VtigerFile), options: new { dryRun = true });

        Assert.True(import["dryRun"]!.GetValue<bool>());
        Assert.Equal(2, import.Count("created"));
        Assert.Equal(3, import.Count("failed"));
        Assert.Contains(import["errors"]!.AsArray(), e => e!["field"]?.GetValue<string>() == "email");
        Assert.Empty(await api.AccountsByNameAsync());
    }

    private static readonly string[] ByName = ["name"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_file_longer_than_a_batch_goes_in_whole_and_its_later_rows_see_the_earlier_ones(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        // 1,150 rows: more than one batch of 1,000 and a half chunk; line 1,102 repeats line 3 (a chunk and a batch
        // later), line 1,051 has a bad email.
        var csv = new StringBuilder("Nom du compte;E-mail\r\n");
        for (var i = 1; i <= 1_150; i++)
            csv.Append(i switch { 1_101 => "Compte 0002", 1_050 => "Compte 1050;pas-un-email", _ => $"Compte {i:D4}" }).Append("\r\n");

        var import = await api.ImportAsync(ImportHelpers.Windows1252.GetBytes(csv.ToString()),
            options: new { duplicates = new { match = ByName, action = "skip" } });

        Assert.Equal("done", import["status"]!.GetValue<string>());
        Assert.Equal(1_150, import["rows"]!.GetValue<int>());
        Assert.Equal(1_148, import.Count("created"));
        Assert.Equal(1, import.Count("skipped"));
        Assert.Equal(1, import.Count("failed"));
        Assert.Equal(1_051, import["errors"]!.AsArray().Single()!["line"]!.GetValue<int>());
        // Each its own number, ledger account and history line, as a form save gives them.
        var (accounts, numbers, ledgers, lines) = await app.InDatabaseAsync(async d => (await d.Accounts.CountAsync(),
            await d.Accounts.Select(a => a.Number).Distinct().CountAsync(), await d.Accounts.Select(a => a.LedgerAccountId).Distinct().CountAsync(),
            await d.RecordChanges.CountAsync(c => c.Module == "accounts" && c.Action == "import:" + import["id"]!.ToString())));
        Assert.Equal([1_148, 1_148, 1_148, 1_148], new[] { accounts, numbers, ledgers, lines });
    }

    [Theory]
    [InlineData("utf-8-bom", ',')]
    [InlineData("utf-8", '\t')]
    [InlineData("iso-8859-1", '|')]
    public async Task Encodings_and_delimiters_are_detected(string encoding, char delimiter)
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var api = await app.ApiClientAsync();
        var text = string.Join(delimiter, "Account Name", "Billing City", "Annual Revenue") + "\r\n" +
                   string.Join(delimiter, "Crème & Œufs", "Saint-Étienne", "\"1234,5\"") + "\r\n";
        var bytes = encoding switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "iso-8859-1" => Encoding.Latin1.GetBytes(text.Replace("Œ", "Oe")),
            _ => Encoding.UTF8.GetBytes(text),
        };
        var options = encoding == "iso-8859-1" ? new { encoding } : null;

        var import = await api.ImportAsync(bytes, options: options);

        Assert.Equal(1, import.Count("created"));
        Assert.Equal(delimiter == '\t' ? "tab" : delimiter.ToString(), import["options"]!["delimiter"]!.GetValue<string>());
        var account = (await api.AccountsByNameAsync()).Values.Single();
        Assert.StartsWith("Crème & ", account["name"]!.GetValue<string>());
        var full = await api.AccountAsync(account["id"]!.GetValue<long>());
        Assert.Equal("Saint-Étienne", full["billingCity"]!.GetValue<string>());
        Assert.Equal(1234.5m, full["annualRevenue"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_file_without_header_is_imported_by_its_columns_numbers_with_defaults()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var api = await app.ApiClientAsync();
        var file = Encoding.UTF8.GetBytes("Alpha;Lyon\r\nBravo;\r\n");

        var import = await api.ImportAsync(file, options: new
        {
            header = false,
            mapping = new Dictionary<string, string> { ["Colonne 1"] = "name", ["Colonne 2"] = "billingCity" },
            defaults = new { billingCity = "Paris", industry = "retail" },
        });

        Assert.Equal(2, import.Count("created"));
        var accounts = await api.AccountsByNameAsync();
        var alpha = await api.AccountAsync(accounts["Alpha"]["id"]!.GetValue<long>());
        var bravo = await api.AccountAsync(accounts["Bravo"]["id"]!.GetValue<long>());
        Assert.Equal("Lyon", alpha["billingCity"]!.GetValue<string>()); // the file's value wins over the default
        Assert.Equal("Paris", bravo["billingCity"]!.GetValue<string>());
        Assert.Equal("retail", bravo["industry"]!.GetValue<string>());
    }

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "vide", [], "vide" },
        { "binaire", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00], "octets nuls" },
        { "en-tête seul", Encoding.UTF8.GetBytes("Nom du compte;Ville\r\n"), "aucune ligne" },
        { "guillemet non fermé", Encoding.UTF8.GetBytes("Nom du compte;Ville\r\n\"Alpha;Lyon\r\nBravo;Paris\r\n"), "guillemet" },
        { "trop de colonnes", Encoding.UTF8.GetBytes(string.Join(';', Enumerable.Range(1, 100_000)) + "\r\n"), "colonnes" },
        { "cellule de 2 Mo", Encoding.UTF8.GetBytes("Nom du compte\r\n\"" + new string('x', 2 * 1024 * 1024) + "\"\r\n"), "1 Mo" },
    };

    [Theory, MemberData(nameof(BadFiles))]
    public async Task A_file_that_cannot_be_imported_is_refused_at_the_file_step_and_leaves_nothing(string _, byte[] file, string says)
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var api = await app.ApiClientAsync();

        var response = await api.PostImportAsync(file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await response.ProblemErrorsAsync();
        Assert.Contains(says, Assert.Single(errors["file"]), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await api.AccountsByNameAsync());
    }

    [Fact]
    public async Task Bad_options_are_named_field_by_field()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var api = await app.ApiClientAsync();
        var file = Encoding.UTF8.GetBytes("Nom du compte;Ville\r\nAlpha;Lyon\r\n");

        var badEncoding = await api.PostImportAsync(file, options: new { encoding = "ebcdic", delimiter = "x", header = "oui", surprise = 1 });
        var badMapping = await api.PostImportAsync(file, options: new { mapping = new Dictionary<string, string> { ["Absente"] = "name", ["Ville"] = "number" }, defaults = new { nope = "1" } });
        var nothingMapped = await api.PostImportAsync(file, options: new { mapping = new Dictionary<string, string>() });
        var badModule = await api.PostImportAsync(file, module: "tickets");

        Assert.Equal(["options.delimiter", "options.encoding", "options.header", "options.surprise"], (await badEncoding.ProblemErrorsAsync()).Keys.Order());
        Assert.Equal(["options.defaults.nope", "options.mapping.Absente", "options.mapping.Ville"], (await badMapping.ProblemErrorsAsync()).Keys.Order());
        Assert.Equal(["options.mapping"], (await nothingMapped.ProblemErrorsAsync()).Keys);
        Assert.Equal(["module"], (await badModule.ProblemErrorsAsync()).Keys);
        Assert.Empty(await api.AccountsByNameAsync());
    }

    [Fact]
    public async Task An_import_is_read_only_by_whoever_started_it_or_an_administrator()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var marieId = await app.CreateUserAsync("marie", "Marie Curie");
        await app.CreateUserAsync("paul", "Paul Langevin");
        var marie = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        var paul = await app.ApiClientAsync("paul", ApiHelpers.UserPassword);
        var admin = await app.ApiClientAsync();
        var import = await marie.ImportAsync(Encoding.UTF8.GetBytes("Nom du compte\r\nAlpha\r\n"));

        Assert.Equal(HttpStatusCode.NotFound, (await paul.GetAsync($"{ImportHelpers.Imports}/{import["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await paul.GetAsync($"{ImportHelpers.Imports}/{import["id"]}/report.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{ImportHelpers.Imports}/{import["id"]}")).StatusCode);
        // The importer is the default « Assigné à », as on the form.
        var account = (await marie.AccountsByNameAsync())["Alpha"];
        var assignedTo = (await marie.AccountAsync(account["id"]!.GetValue<long>()))["assignedTo"]!;
        Assert.Equal("user", assignedTo["type"]!.GetValue<string>());
        Assert.Equal(marieId, assignedTo["id"]!.GetValue<int>());
    }
}
