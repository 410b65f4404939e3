using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class MetadataAndDocsTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Metadata_describes_the_tutorials_account_form_in_the_request_language(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var french = await app.ApiClientAsync();
        var english = await app.ApiClientAsync(language: "en");

        var modules = await (await french.GetAsync("/api/v1/metadata")).JsonAsync();
        var accounts = await (await french.GetAsync("/api/v1/metadata/accounts")).JsonAsync();
        var inEnglish = await (await english.GetAsync("/api/v1/metadata/accounts")).JsonAsync();
        var missing = await french.GetAsync("/api/v1/metadata/martiens");

        Assert.Contains(modules["modules"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "accounts");
        Assert.Equal("Comptes clients", accounts["label"]!.GetValue<string>());
        Assert.Equal("CPT", accounts["numberPrefix"]!.GetValue<string>());
        Assert.Equal(["Détails du compte", "Détails de l'adresse", "Comptabilité et tarification", "Description"],
            accounts["blocks"]!.AsArray().Select(b => b!["label"]!.GetValue<string>()));
        var fields = accounts["fields"]!.AsArray().ToDictionary(f => f!["key"]!.GetValue<string>(), f => f!.AsObject());
        foreach (var (key, label) in new[]
                 {
                     ("name", "Nom compte"), ("number", "N° de compte"), ("phone", "Téléphone"), ("email", "Email"), ("website", "Site Web"),
                     ("industry", "Secteur"), ("accountType", "Type"), ("siret", "SIRET"), ("siren", "SIREN"),
                     ("vatNumber", "N° TVA intracommunautaire"), ("parentAccount", "Compte parent"), ("assignedTo", "Assigné à"),
                     ("billingCity", "Ville (facturation)"), ("shippingCountry", "Pays (livraison)"), ("description", "Description"),
                     ("ledgerAccount", "Comptabilité"), ("priceList", "Tarification"),
                 })
            Assert.Equal(label, fields[key]["label"]!.GetValue<string>());
        Assert.Equal(["assignedTo", "name"], fields.Where(f => f.Value["mandatory"]!.GetValue<bool>()).Select(f => f.Key).Order(StringComparer.Ordinal));
        Assert.True(fields["number"]["readOnly"]!.GetValue<bool>());
        Assert.Equal(100, fields["name"]["maxLength"]!.GetValue<int>());
        Assert.Equal("picklist", fields["accountType"]["type"]!.GetValue<string>());
        Assert.Contains(fields["accountType"]["values"]!.AsArray(), v => v!["code"]!.GetValue<string>() == "customer" && v["label"]!.GetValue<string>() == "Client");
        Assert.Equal("accounts", fields["parentAccount"]["referenceModule"]!.GetValue<string>());
        Assert.Equal("ledger-accounts", fields["ledgerAccount"]["referenceModule"]!.GetValue<string>());
        Assert.Equal("price-lists", fields["priceList"]["referenceModule"]!.GetValue<string>());
        Assert.Equal("Account name", inEnglish["fields"]!.AsArray().First(f => f!["key"]!.GetValue<string>() == "name")!["label"]!.GetValue<string>());
        Assert.Equal("Nom compte", inEnglish["fields"]![0]!["labels"]!["fr"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Openapi_document_publishes_the_account_schema_from_the_registry(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.JsonAsync();
        var schemas = document["components"]!["schemas"]!;
        var account = schemas["Account"]!;
        Assert.Equal("string", account["properties"]!["siret"]!["type"]!.AsArray().Select(t => t!.GetValue<string>()).Single(t => t != "null"));
        Assert.Equal(100, account["properties"]!["billingCity"]!["maxLength"]!.GetValue<int>());
        Assert.Contains("customer", account["properties"]!["accountType"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.True(account["properties"]!["number"]!["readOnly"]!.GetValue<bool>());
        Assert.Contains("name", schemas["AccountInput"]!["required"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Null(schemas["AccountInput"]!["properties"]!["siren"]);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        var create = document["paths"]!["/api/v1/accounts"]!["post"]!;
        Assert.Equal("#/components/schemas/AccountInput", create["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.Equal("#/components/schemas/Account", create["responses"]!["201"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        Assert.NotNull(create["responses"]!["400"]);
        Assert.Contains(document["paths"]!["/api/v1/accounts"]!["get"]!["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "accountType");
        Assert.NotNull(document["paths"]!["/api/v1/accounts/{id}"]!["patch"]!["responses"]!["412"]);
        Assert.Null(document["paths"]!["/api/v1/auth/tokens"]!["post"]!["security"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Docs_page_is_served_with_its_script_from_the_server(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var page = await client.GetAsync("/docs/");
        var html = await page.Content.ReadAsStringAsync();
        var script = await client.GetAsync("/docs/scalar.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
