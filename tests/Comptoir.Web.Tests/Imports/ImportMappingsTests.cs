using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Imports;

/// <summary>Mappings saved by name (« Correspondances enregistrées ») and default values: the API, and the wizard that offers them.</summary>
public sealed class ImportMappingsTests
{
    private const string Mappings = "/api/v1/imports/mappings";
    private const string File = "Intitulé client;Ville\r\nBoulangerie Lefèvre;\r\nCrêperie Ty Nevez;Rennes\r\n";

    [Theory, ClassData(typeof(Databases))]
    public async Task A_mapping_saved_by_name_is_listed_replaced_under_the_same_name_and_deleted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var saved = await api.PostJsonAsync(Mappings, new
        {
            module = "accounts", name = "Export KAFINEA",
            mapping = new Dictionary<string, string> { ["Intitulé client"] = "name", ["Ville"] = "billingCity" },
            defaults = new Dictionary<string, string> { ["billingCity"] = "Brest" },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Administrateur", (await saved.JsonAsync())["savedBy"]!.GetValue<string>());
        // The same name (whatever its case) replaces it; the contacts' mappings are their own.
        Assert.Equal(HttpStatusCode.OK, (await api.PostJsonAsync(Mappings, new
        {
            module = "accounts", name = "export kafinea", mapping = new Dictionary<string, string> { ["Intitulé client"] = "name", ["Ville"] = "" },
        })).StatusCode);

        var list = (await (await api.GetAsync(Mappings + "?module=accounts")).JsonAsync())["items"]!.AsArray();
        var only = Assert.Single(list)!;
        Assert.Equal("export kafinea", only["name"]!.GetValue<string>());
        Assert.Equal("", only["mapping"]!["Ville"]!.GetValue<string>());
        Assert.Empty(only["defaults"]!.AsObject());
        Assert.Empty((await (await api.GetAsync(Mappings + "?module=contacts")).JsonAsync())["items"]!.AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(Mappings + "?module=accounts&name=Export%20KAFINEA")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync(Mappings + "?module=accounts&name=Export%20KAFINEA")).StatusCode);
        Assert.Empty((await (await api.GetAsync(Mappings + "?module=accounts")).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_mapping_is_refused_field_by_field_and_nothing_is_saved(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var refused = await api.PostJsonAsync(Mappings, new
        {
            module = "accounts", name = " ",
            mapping = new Dictionary<string, string> { ["Intitulé client"] = "pointure", ["N°"] = "number" },
            defaults = new Dictionary<string, string> { ["couleur"] = "bleu" },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await refused.ProblemErrorsAsync();
        Assert.Equal("Donnez un nom à cette correspondance.", Assert.Single(errors["name"]));
        Assert.Contains("pointure", Assert.Single(errors["mapping.Intitulé client"]), StringComparison.Ordinal);
        Assert.Contains("number", Assert.Single(errors["mapping.N°"]), StringComparison.Ordinal);
        Assert.Contains("couleur", Assert.Single(errors["defaults.couleur"]), StringComparison.Ordinal);
        var unknown = await api.PostJsonAsync(Mappings, new { module = "pointures", name = "x", mapping = new Dictionary<string, string> { ["a"] = "name" } });
        Assert.Equal("Module inconnu : « pointures ».", Assert.Single((await unknown.ProblemErrorsAsync())["module"]));
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync(Mappings + "?module=pointures")).StatusCode);
        Assert.Empty((await (await api.GetAsync(Mappings + "?module=accounts")).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_wizard_saves_a_mapping_offers_it_next_time_and_its_default_fills_empty_cells(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var browser = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var token = (await browser.GetHtmlAsync("/imports/new?module=accounts")).AntiforgeryToken();
        var bytes = ImportHelpers.Windows1252.GetBytes(File);

        // « Intitulé client » is no label the wizard knows: it proposes nothing for it.
        var first = await (await browser.PostAsync("/imports/new?handler=preview", ImportHelpers.WizardForm(token, bytes, new { header = true }))).JsonAsync();
        Assert.Null(first["mapping"]!["Intitulé client"]);
        Assert.Empty(first["saved"]!.AsArray());
        Assert.Null(first["applied"]);

        var save = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["module"] = "accounts", ["name"] = "Fichier des commerciaux",
            ["mapping"] = """{"Intitulé client": "name", "Ville": "billingCity"}""", ["defaults"] = """{"billingCity": "Brest"}""",
        });
        var saved = await browser.PostAsync("/imports/new?handler=saveMapping", save);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var refused = await browser.PostAsync("/imports/new?handler=saveMapping", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["module"] = "accounts", ["name"] = "", ["mapping"] = """{"Intitulé client": "name"}""",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);

        // Next time, the same columns: the saved mapping is offered and applied.
        var next = await (await browser.PostAsync("/imports/new?handler=preview", ImportHelpers.WizardForm(token, bytes, new { header = true }))).JsonAsync();
        Assert.Equal("Fichier des commerciaux", next["applied"]!.GetValue<string>());
        var offered = Assert.Single(next["saved"]!.AsArray())!;
        Assert.Equal("Brest", offered["defaults"]!["billingCity"]!.GetValue<string>());

        var started = await browser.PostAsync("/imports/new?handler=start", ImportHelpers.WizardForm(token, bytes, new
        {
            header = true, mapping = new Dictionary<string, string> { ["Intitulé client"] = "name", ["Ville"] = "billingCity" },
            defaults = new Dictionary<string, string> { ["billingCity"] = "Brest" },
        }));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        await ImportHelpers.WaitForWizardAsync(browser, (await started.JsonAsync())["url"]!.GetValue<string>());
        var accounts = await api.AccountsByNameAsync();
        Assert.Equal("Brest", accounts["Boulangerie Lefèvre"]["billingCity"]!.GetValue<string>());
        Assert.Equal("Rennes", accounts["Crêperie Ty Nevez"]["billingCity"]!.GetValue<string>());
    }

}
