using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Imports;

/// <summary>« + Créer un champ… » at the mapping step: an administrator adds the custom field a column needs, then imports into it.</summary>
public sealed class ImportNewFieldTests
{
    private const string File = "Nom du compte;Fidélité;Code client\r\nBoulangerie Lefèvre;Or;CLI-001\r\nCrêperie Ty Nevez;argent;CLI-002\r\nFromagerie Dupont;OR;\r\n";

    private static MultipartFormDataContent NewField(string token, byte[] file, string column, string type, string label, string? block = null)
    {
        var form = ImportHelpers.WizardForm(token, file, new { header = true });
        form.Add(new StringContent(column), "column");
        form.Add(new StringContent(type), "type");
        form.Add(new StringContent(label), "label");
        if (block is not null) form.Add(new StringContent(block), "block");
        return form;
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_administrator_creates_a_list_and_a_text_field_from_columns_and_the_import_fills_them(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var browser = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var page = await browser.GetHtmlAsync("/imports/new?module=accounts");
        Assert.Equal("/imports/new?handler=addField", page.QuerySelector("#import-wizard")!.GetAttribute("data-new-field-url"));
        Assert.NotNull(page.QuerySelector("#import-new-field"));
        var token = page.AntiforgeryToken();
        var bytes = ImportHelpers.Windows1252.GetBytes(File);

        // A list takes the column's values, each once whatever its case, in the order the file gives them.
        var list = await browser.PostAsync("/imports/new?handler=addField", NewField(token, bytes, "Fidélité", "picklist", "Niveau de fidélité"));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var listKey = (await list.JsonAsync())["key"]!.GetValue<string>();
        var text = await browser.PostAsync("/imports/new?handler=addField", NewField(token, bytes, "Code client", "text", "Code client", "accounting"));
        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        var textKey = (await text.JsonAsync())["key"]!.GetValue<string>();

        var field = await (await api.GetAsync($"/api/v1/metadata/accounts/fields/{listKey}")).JsonAsync();
        Assert.Equal("picklist", field["type"]!.GetValue<string>());
        Assert.Equal(["Or", "argent"], field["values"]!.AsArray().Select(v => v!["label"]!.GetValue<string>()));
        Assert.Equal("accounting", (await (await api.GetAsync($"/api/v1/metadata/accounts/fields/{textKey}")).JsonAsync())["block"]!.GetValue<string>());
        // The layout manager's history says who added them, as for a field added on its page.
        var history = await (await api.GetAsync("/api/v1/metadata/accounts/history")).JsonAsync();
        Assert.Equal(2, history["items"]!.AsArray().Count(h => h!["action"]!.GetValue<string>() == "field.added"));

        // The next preview offers them, and the import fills them.
        var preview = await (await browser.PostAsync("/imports/new?handler=preview", ImportHelpers.WizardForm(token, bytes, new { header = true }))).JsonAsync();
        Assert.Contains(preview["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == listKey);
        var started = await browser.PostAsync("/imports/new?handler=start", ImportHelpers.WizardForm(token, bytes, new
        {
            header = true, mapping = new Dictionary<string, string> { ["Nom du compte"] = "name", ["Fidélité"] = listKey, ["Code client"] = textKey },
        }));
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        await ImportHelpers.WaitForWizardAsync(browser, (await started.JsonAsync())["url"]!.GetValue<string>());
        var accounts = await api.AccountsByNameAsync();
        var gold = field["values"]![0]!["code"]!.GetValue<string>();
        Assert.Equal(gold, accounts["Boulangerie Lefèvre"][listKey]!.GetValue<string>());
        Assert.Equal(gold, accounts["Fromagerie Dupont"][listKey]!.GetValue<string>());
        Assert.Equal(field["values"]![1]!["code"]!.GetValue<string>(), accounts["Crêperie Ty Nevez"][listKey]!.GetValue<string>());
        Assert.Equal("CLI-002", accounts["Crêperie Ty Nevez"][textKey]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_new_field_is_refused_under_its_input_and_a_user_may_not_create_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var token = (await admin.GetHtmlAsync("/imports/new?module=accounts")).AntiforgeryToken();
        var bytes = ImportHelpers.Windows1252.GetBytes(File);

        var noColumn = await admin.PostAsync("/imports/new?handler=addField", NewField(token, bytes, "Pointure", "text", "Pointure"));
        Assert.Equal(HttpStatusCode.BadRequest, noColumn.StatusCode);
        Assert.Contains("Pointure", Assert.Single((await noColumn.ProblemErrorsAsync())["column"]), StringComparison.Ordinal);
        var noLabel = await admin.PostAsync("/imports/new?handler=addField", NewField(token, bytes, "Code client", "text", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noLabel.StatusCode);
        Assert.True((await noLabel.ProblemErrorsAsync()).ContainsKey("label"));
        var reference = await admin.PostAsync("/imports/new?handler=addField", NewField(token, bytes, "Code client", "reference", "Code"));
        Assert.Equal("Choisissez le type du champ.", Assert.Single((await reference.ProblemErrorsAsync())["type"]));
        var empty = ImportHelpers.Windows1252.GetBytes("Nom du compte;Fidélité\r\nBoulangerie Lefèvre;\r\n");
        var emptyList = await admin.PostAsync("/imports/new?handler=addField", NewField(token, empty, "Fidélité", "picklist", "Fidélité"));
        Assert.Equal("La colonne est vide : une liste a besoin d'au moins une valeur.", Assert.Single((await emptyList.ProblemErrorsAsync())["type"]));
        var many = new StringBuilder("Nom du compte;Ville\r\n");
        for (var i = 0; i < 201; i++) many.Append(System.Globalization.CultureInfo.InvariantCulture, $"Compte {i};Ville {i}\r\n");
        var tooMany = await admin.PostAsync("/imports/new?handler=addField", NewField(token, Encoding.UTF8.GetBytes(many.ToString()), "Ville", "picklist", "Ville"));
        Assert.Contains("plus de 200 valeurs", Assert.Single((await tooMany.ProblemErrorsAsync())["type"]), StringComparison.Ordinal);

        await app.CreateUserAsync("marie", "Marie Curie");
        var user = await app.SignedInClientAsync("marie", ApiHelpers.UserPassword);
        var userPage = await user.GetHtmlAsync("/imports/new?module=accounts");
        Assert.Equal("", userPage.QuerySelector("#import-wizard")!.GetAttribute("data-new-field-url"));
        Assert.Null(userPage.QuerySelector("#import-new-field"));
        var refused = await user.PostAsync("/imports/new?handler=addField", NewField(userPage.AntiforgeryToken(), bytes, "Code client", "text", "Code client"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        var fields = (await (await api.GetAsync("/api/v1/metadata/accounts")).JsonAsync())["fields"]!.AsArray();
        Assert.DoesNotContain(fields, f => f!["custom"]!.GetValue<bool>());
    }
}
