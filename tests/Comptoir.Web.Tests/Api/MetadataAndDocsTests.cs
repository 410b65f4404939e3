using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed partial class MetadataAndDocsTests
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

    [Theory, ClassData(typeof(Databases))]
    public async Task Openapi_document_speaks_french_by_default_and_english_when_asked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var french = await (await client.GetAsync("/openapi/v1.json")).JsonAsync();
        var english = await (await SendAsync(client, "/openapi/v1.json", "en-GB,en;q=0.8")).JsonAsync();
        var byCookie = await (await SendAsync(client, "/openapi/v1.json", cookie: ".AspNetCore.Culture=c%3Den%7Cuic%3Den")).JsonAsync();

        Assert.Equal("API Comptoir", french["info"]!["title"]!.GetValue<string>());
        Assert.StartsWith("Les enregistrements sont des objets JSON plats", french["info"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var create = french["paths"]!["/api/v1/accounts"]!["post"]!;
        Assert.Equal("Crée un compte client ; un en-tête Idempotency-Key permet de réessayer sans risque.", create["summary"]!.GetValue<string>());
        Assert.Equal(["Comptes clients"], create["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("Requête invalide", create["responses"]!["400"]!["description"]!.GetValue<string>());
        Assert.Contains("Comptes comptables", Tags(french));
        Assert.DoesNotContain("Comptoir.Web", Tags(french));

        foreach (var document in new[] { english, byCookie })
        {
            Assert.Equal("Comptoir API", document["info"]!["title"]!.GetValue<string>());
            var post = document["paths"]!["/api/v1/accounts"]!["post"]!;
            Assert.Equal("Creates an account; send an Idempotency-Key header to retry safely.", post["summary"]!.GetValue<string>());
            Assert.Equal(["Accounts"], post["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
            Assert.Equal("Bad request", post["responses"]!["400"]!["description"]!.GetValue<string>());
            Assert.Contains("Ledger accounts", Tags(document));
        }
        // Every operation's summary and description is translated: none stays in French in the English document.
        var texts = Operations(french).Join(Operations(english), f => f.Key, e => e.Key, (f, e) => (f.Key, French: f.Text, English: e.Text)).ToList();
        Assert.True(texts.Count > 20, $"{texts.Count} texts compared");
        Assert.All(texts, t => Assert.True(t.French != t.English, $"{t.Key} is the same in both languages: {t.French}"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Labels_read_as_written_in_the_reference_accents_and_apostrophes_included(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var created = await api.PostJsonAsync("/api/v1/metadata/accounts/fields", new { type = "date", label = "Date d'échéance du contrat" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).JsonAsync();

        // /docs renders descriptions as Markdown: an entity such as &#233; would show as written.
        var account = document["components"]!["schemas"]!["Account"]!["properties"]!;
        Assert.Equal("N° de compte / Account number", account["number"]!["description"]!.GetValue<string>());
        Assert.Equal("Date d'échéance du contrat", account["cf_date_d_echeance_du_contrat"]!["description"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Docs_page_follows_the_language_of_the_user(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var french = await (await client.GetAsync("/docs/")).Content.ReadAsStringAsync();
        var english = await (await SendAsync(client, "/docs/", "en")).Content.ReadAsStringAsync();

        Assert.Contains("<title>API Comptoir</title>", french, StringComparison.Ordinal);
        Assert.Contains("\"locale\":\"fr\"", french, StringComparison.Ordinal);
        Assert.Contains("<title>Comptoir API</title>", english, StringComparison.Ordinal);
        Assert.Contains("\"locale\":\"en\"", english, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Docs_page_runs_its_scripts_by_a_nonce_drawn_for_each_response(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = app.CreateClient();

        var first = await client.GetAsync("/docs/");
        var second = await client.GetAsync("/docs/");
        var home = await client.GetAsync("/login");

        var policy = first.Headers.GetValues("Content-Security-Policy").Single();
        var scriptSrc = Directive(policy, "script-src");
        var nonce = NonceSource().Match(scriptSrc).Groups[1].Value;
        Assert.Equal($"script-src 'self' 'nonce-{nonce}'", scriptSrc);
        Assert.True(nonce.Length >= 22, policy);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("default-src 'self'", Directive(policy, "default-src"));
        Assert.Equal("frame-ancestors 'none'", Directive(policy, "frame-ancestors"));
        var html = await first.Content.ReadAsStringAsync();
        var scripts = ScriptTag().Matches(html).Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, tag => Assert.True(tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal) || tag.Contains("src=\"/js/", StringComparison.Ordinal), tag));
        Assert.NotEqual(policy, second.Headers.GetValues("Content-Security-Policy").Single());
        // Everywhere else, nothing inline at all.
        var strict = home.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Equal("script-src 'self'", Directive(strict, "script-src"));
        Assert.Equal("style-src 'self'", Directive(strict, "style-src"));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string? language = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return client.SendAsync(request);
    }

    private static List<string> Tags(JsonObject document) =>
        document["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();

    private static readonly string[] TextParts = ["summary", "description"];

    /// <summary>Each operation's summary and description, keyed by "METHOD path summary|description".</summary>
    private static IEnumerable<(string Key, string Text)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from operation in path.Value!.AsObject()
        from part in TextParts
        where operation.Value![part] is not null
        select ($"{operation.Key.ToUpperInvariant()} {path.Key} {part}", operation.Value![part]!.GetValue<string>());

    private static string Directive(string policy, string name) =>
        policy.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith(name + " ", StringComparison.Ordinal));

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
