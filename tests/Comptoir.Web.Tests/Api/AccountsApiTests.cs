using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class AccountsApiTests
{
    private static object FullAccount(string name) => new
    {
        name,
        phone = "01 42 68 53 00",
        otherPhone = "+44 20 7946 0958",
        email = "Contact@Exemple.fr",
        website = "https://www.exemple.fr",
        industry = "Informatique",
        accountType = "customer",
        siret = "732 829 320 00074",
        employees = 120,
        annualRevenue = 2500000.50m,
        apeCode = "6201Z",
        doNotEmail = true,
        billingStreet = "8 rue de Londres",
        billingPostalCode = "75009",
        billingCity = "Paris",
        billingCountry = "France",
        shippingCity = "Lyon",
        description = "Client historique.",
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task Creates_a_full_account_with_its_number_derived_ids_and_e164_phone(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var response = await client.PostJsonAsync(ApiHelpers.Accounts, FullAccount("Société Générale d'Informatique"));
        var second = await client.CreateAccountAsync(new { name = "Deuxième" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var account = await response.JsonAsync();
        var id = account["id"]!.GetValue<long>();
        Assert.Equal($"/api/v1/accounts/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("CPT-000001", account["number"]!.GetValue<string>());
        Assert.Equal("CPT-000002", second["number"]!.GetValue<string>());
        Assert.Equal("73282932000074", account["siret"]!.GetValue<string>());
        Assert.Equal("732829320", account["siren"]!.GetValue<string>());
        Assert.Equal("FR44732829320", account["vatNumber"]!.GetValue<string>());
        Assert.Equal("+33142685300", account["phone"]!.GetValue<string>());
        Assert.Equal("+442079460958", account["otherPhone"]!.GetValue<string>());
        Assert.Equal("technology", account["industry"]!.GetValue<string>());
        Assert.Equal("customer", account["accountType"]!.GetValue<string>());
        Assert.Equal(120, account["employees"]!.GetValue<long>());
        Assert.Equal(2500000.50m, account["annualRevenue"]!.GetValue<decimal>());
        Assert.True(account["doNotEmail"]!.GetValue<bool>());
        Assert.Equal("user", account["assignedTo"]!["type"]!.GetValue<string>());
        Assert.Equal("Paris", account["billingCity"]!.GetValue<string>());
        Assert.Null(account["shippingStreet"]);
        Assert.True(account.ContainsKey("shippingStreet"));
        Assert.True(account.ContainsKey("createdAt") && account.ContainsKey("updatedAt"));

        var read = await client.GetAsync($"/api/v1/accounts/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("\"1\"", read.Headers.ETag?.Tag);
        Assert.Equal(account.ToJsonString(), (await read.JsonAsync()).ToJsonString());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Reports_every_failing_field_at_once_in_french_or_english_and_saves_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var french = await app.ApiClientAsync();
        var english = await app.ApiClientAsync(language: "en");
        var body = new
        {
            name = "",
            email = "pas-une-adresse",
            website = "ftp://exemple.fr",
            siret = "73282932000075",
            phone = "abc",
            billingCity = new string('x', 101),
            accountType = "martien",
            assignedTo = new { type = "user", id = 9999 },
            favouriteColour = "bleu",
        };

        var fr = await french.PostJsonAsync(ApiHelpers.Accounts, body);
        var en = await english.PostJsonAsync(ApiHelpers.Accounts, body);

        Assert.Equal(HttpStatusCode.BadRequest, fr.StatusCode);
        var errors = await fr.ProblemErrorsAsync();
        Assert.Equal(
            ["accountType", "assignedTo", "billingCity", "email", "favouriteColour", "name", "phone", "siret", "website"],
            errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("« Nom compte » est obligatoire.", errors["name"].Single());
        Assert.Equal("Adresse email invalide (exemple : nom@societe.fr).", errors["email"].Single());
        Assert.Equal("Champ inconnu : « favouriteColour ».", errors["favouriteColour"].Single());
        Assert.Contains("101", errors["billingCity"].Single(), StringComparison.Ordinal);

        var enErrors = await en.ProblemErrorsAsync();
        Assert.Equal("\"Account name\" is required.", enErrors["name"].Single());
        Assert.Equal("Invalid email address (example: name@company.com).", enErrors["email"].Single());
        Assert.Equal("Invalid data", (await en.ProblemAsync())["title"]!.GetValue<string>());

        var list = await (await french.GetAsync(ApiHelpers.Accounts)).JsonAsync();
        Assert.Empty(list["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_requests_are_4xx_problems_never_500(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var id = (await client.CreateAccountAsync(new { name = "Existant" }))["id"]!.GetValue<long>();

        var malformed = await client.PostJsonAsync(ApiHelpers.Accounts, "{\"name\": \"Oups\"");
        var array = await client.PostJsonAsync(ApiHelpers.Accounts, "[{\"name\": \"Oups\"}]");
        var form = await client.PostAsync(ApiHelpers.Accounts, new FormUrlEncodedContent([new("name", "Oups")]));
        var wrongType = await client.PostJsonAsync(ApiHelpers.Accounts, """{"name": ["Oups"], "employees": "beaucoup", "doNotEmail": "peut-être"}""");
        var hugeId = await client.GetAsync("/api/v1/accounts/99999999999999999999999");
        var textId = await client.GetAsync("/api/v1/accounts/abc");
        var patchArray = await client.PatchJsonAsync($"/api/v1/accounts/{id}", "[]");

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.ProblemErrorsAsync()).ContainsKey("$"));
        Assert.Equal(HttpStatusCode.BadRequest, array.StatusCode);
        Assert.Equal("Le corps de la requête doit être un objet JSON.", (await array.ProblemErrorsAsync())["$"].Single());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal(["doNotEmail", "employees", "name"], (await wrongType.ProblemErrorsAsync()).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, hugeId.StatusCode);
        Assert.Equal("application/problem+json", hugeId.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, textId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, patchArray.StatusCode);
        Assert.Single((await (await client.GetAsync(ApiHelpers.Accounts)).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Read_only_keys_sent_back_are_ignored(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var account = await client.CreateAccountAsync(new { id = 777, number = "CPT-999999", siren = "111111111", name = "Recopie", createdAt = "2001-01-01T00:00:00Z" });

        Assert.NotEqual(777, account["id"]!.GetValue<long>());
        Assert.Equal("CPT-000001", account["number"]!.GetValue<string>());
        Assert.Null(account["siren"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Missing_account_is_a_404_problem(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var get = await client.GetAsync("/api/v1/accounts/4242");
        var patch = await client.PatchJsonAsync("/api/v1/accounts/4242", new { name = "X" });
        var delete = await client.DeleteAsync("/api/v1/accounts/4242");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("Introuvable", (await get.ProblemAsync())["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Patch_changes_only_the_keys_sent(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var created = await client.CreateAccountAsync(FullAccount("Avant"));
        var id = created["id"]!.GetValue<long>();

        var response = await client.PatchJsonAsync($"/api/v1/accounts/{id}", new { name = "Après", billingCity = (string?)null, siret = "44312197500009" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var patched = await response.JsonAsync();
        Assert.Equal("Après", patched["name"]!.GetValue<string>());
        Assert.Null(patched["billingCity"]);
        Assert.Equal("FR46443121975", patched["vatNumber"]!.GetValue<string>());
        foreach (var key in new[] { "number", "phone", "email", "website", "industry", "accountType", "employees", "annualRevenue", "doNotEmail", "assignedTo", "billingStreet", "shippingCity", "description", "createdAt" })
            Assert.True(JsonNode.DeepEquals(created[key], patched[key]), key);

        var emptied = await client.PatchJsonAsync($"/api/v1/accounts/{id}", new { name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, emptied.StatusCode);
        Assert.Equal("Après", (await (await client.GetAsync($"/api/v1/accounts/{id}")).JsonAsync())["name"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task If_match_on_a_stale_version_is_a_412_on_patch_and_delete(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var id = (await client.CreateAccountAsync(new { name = "Concurrence" }))["id"]!.GetValue<long>();
        var url = $"/api/v1/accounts/{id}";

        var first = await client.PatchJsonAsync(url, new { description = "Première" }, r => r.IfMatch("\"1\""));
        var stale = await client.PatchJsonAsync(url, new { description = "Écrase" }, r => r.IfMatch("\"1\""));
        var weak = await client.PatchJsonAsync(url, new { description = "Faible" }, r => r.IfMatch("W/\"2\""));
        var staleDelete = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", "\"2\"" } } });
        var delete = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, url) { Headers = { { "If-Match", "\"3\"" } } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Modifié entre-temps", (await stale.ProblemAsync())["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Equal("Faible", (await weak.JsonAsync())["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }
}
