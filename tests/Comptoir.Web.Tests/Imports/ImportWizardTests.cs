using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Imports;

/// <summary>The wizard's pages under a browser's sign-in: /imports/new answers the preview and starts the import, /imports/{id} reports and undoes it.</summary>
public sealed class ImportWizardTests
{
    private const string File = "Nom du compte;Ville (facturation);Code postal (facturation)\r\n"
        + "Boulangerie Lefèvre;Brest;29200\r\n"
        + ";Quimper;29000\r\n"
        + "Crêperie Ty Nevez;Rennes;35000\r\n";

    [Theory, ClassData(typeof(Databases))]
    public async Task The_wizard_reads_a_windows_1252_file_imports_it_reports_its_bad_row_and_undoes_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var browser = await app.SignedInClientAsync();
        var token = FormToken(await browser.GetHtmlAsync("/imports/new?module=accounts"));
        var bytes = ImportHelpers.Windows1252.GetBytes(File);

        var preview = await (await browser.PostAsync("/imports/new?handler=preview", ImportHelpers.WizardForm(token, bytes, new { header = true }))).JsonAsync();
        Assert.Equal("windows-1252", preview["encoding"]!.GetValue<string>());
        Assert.Equal(";", preview["delimiter"]!.GetValue<string>());
        Assert.Equal("Boulangerie Lefèvre", preview["rows"]![0]![0]!.GetValue<string>());
        Assert.Equal(3, preview["rows"]!.AsArray().Count);
        Assert.Equal("name", preview["mapping"]!["Nom du compte"]!.GetValue<string>());
        Assert.Equal("billingCity", preview["mapping"]!["Ville (facturation)"]!.GetValue<string>());
        Assert.Contains(preview["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == "name" && f["mandatory"]!.GetValue<bool>());

        var mapping = preview["mapping"]!.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>());
        var started = await browser.PostAsync("/imports/new?handler=start", ImportHelpers.WizardForm(token, bytes, new { header = true, mapping }));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var url = (await started.JsonAsync())["url"]!.GetValue<string>();
        Assert.Matches(@"^/imports/\d+$", url);
        await ImportHelpers.WaitForWizardAsync(browser, url);

        var page = await browser.GetHtmlAsync(url);
        Assert.Equal("2 créés, 0 mis à jour, 0 ignorés, 1 refusés.", page.WordsOf("#import-report"));
        var error = page.QuerySelectorAll("#import-errors tbody tr").Single();
        Assert.StartsWith("3 ", Html.Words(error));
        Assert.Contains("obligatoire", Html.Words(error));
        var rejects = await browser.GetAsync(page.QuerySelector("#import-rejects")!.GetAttribute("href"));
        Assert.Equal("text/csv", rejects.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Quimper", await rejects.Content.ReadAsStringAsync());

        // The confirmation's own form carries the antiforgery token it posts.
        Assert.NotNull(page.QuerySelector("#undo-dialog form input[name=__RequestVerificationToken]"));
        var undone = await browser.PostFormAsync(url + "?handler=Undo", [], url);
        Assert.Equal(url, undone.RequestMessage!.RequestUri!.AbsolutePath);
        await ImportHelpers.WaitForWizardAsync(browser, url);
        page = await browser.GetHtmlAsync(url);
        Assert.StartsWith("Import annulé : 2 envoyés à la corbeille", page.WordsOf("#import-undone"));
        Assert.Null(page.QuerySelector("#import-undo"));
        var api = await app.ApiClientAsync();
        Assert.Empty(await api.AccountsByNameAsync());
    }

    [Fact]
    public async Task A_bad_file_is_answered_under_its_field_and_nothing_starts()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var browser = await app.SignedInClientAsync();
        var token = FormToken(await browser.GetHtmlAsync("/imports/new?module=accounts"));

        var empty = await browser.PostAsync("/imports/new?handler=preview", ImportHelpers.WizardForm(token, [], new { header = true }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Le fichier est vide.", (await empty.JsonAsync())["errors"]!["file"]![0]!.GetValue<string>());

        var binary = await browser.PostAsync("/imports/new?handler=start", ImportHelpers.WizardForm(token, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0], new { header = true }));
        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        Assert.NotNull((await binary.JsonAsync())["errors"]!["file"]);

        var unknownField = await browser.PostAsync("/imports/new?handler=start",
            ImportHelpers.WizardForm(token, ImportHelpers.Windows1252.GetBytes(File), new { header = true, mapping = new Dictionary<string, string> { ["Nom du compte"] = "pointure" } }));
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        Assert.Contains("pointure", (await unknownField.JsonAsync())["errors"]!.ToJsonString());

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/imports/new?module=pointures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/imports/999999")).StatusCode);
        var api = await app.ApiClientAsync();
        Assert.Empty(await api.AccountsByNameAsync());
    }

    [Fact]
    public async Task Every_list_offers_its_import()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var browser = await app.SignedInClientAsync();

        var list = await browser.GetHtmlAsync("/contacts");

        Assert.Equal("/imports/new?module=contacts", list.QuerySelector("#list-import")!.GetAttribute("href"));
        var wizard = await browser.GetHtmlAsync("/imports/new?module=contacts");
        Assert.Equal("contacts", wizard.ValueOf("input[name=module]"));
    }

    private static string FormToken(AngleSharp.Dom.IDocument page) => page.AntiforgeryToken();
}
