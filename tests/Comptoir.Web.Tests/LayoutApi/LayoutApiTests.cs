using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.LayoutApi;

/// <summary>The layout manager's API: what an administrator changes is what the next request sees.</summary>
public sealed class LayoutApiTests
{
    private const string Fields = "/api/v1/metadata/accounts/fields";
    private static readonly string[] MarkdownLink = ["[clic](javascript:alert(1))"];

    [Theory, ClassData(typeof(Databases))]
    public async Task A_new_mandatory_custom_field_is_required_by_the_next_create_and_returned_with_the_record(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var before = await api.CreateAccountAsync(new { name = "Avant le champ" });

        var added = await api.PostJsonAsync(Fields, new { type = "text", label = "Code fidélité", block = "details", mandatory = true, maxLength = 12 });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var field = await added.JsonAsync();
        Assert.Equal("cf_code_fidelite", field["key"]!.GetValue<string>());
        Assert.Equal("/api/v1/metadata/accounts/fields/cf_code_fidelite", added.Headers.Location!.OriginalString);
        Assert.True(field["mandatory"]!.GetValue<bool>());
        Assert.True(field["custom"]!.GetValue<bool>());

        var refused = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Sans code" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await refused.ProblemErrorsAsync();
        Assert.Equal("« Code fidélité » est obligatoire.", Assert.Single(errors["cf_code_fidelite"]));

        var tooLong = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Trop long", cf_code_fidelite = "ABCDEFGHIJKLMNOP" });
        Assert.Contains("12", Assert.Single((await tooLong.ProblemErrorsAsync())["cf_code_fidelite"]), StringComparison.Ordinal);

        var created = await api.CreateAccountAsync(new { name = "Avec code", cf_code_fidelite = "GOLD-42" });
        Assert.Equal("GOLD-42", created["cf_code_fidelite"]!.GetValue<string>());
        var read = await (await api.GetAsync($"{ApiHelpers.Accounts}/{created["id"]}")).JsonAsync();
        Assert.Equal("GOLD-42", read["cf_code_fidelite"]!.GetValue<string>());

        // A record saved before the field existed still reads and takes a partial change.
        var patched = await api.PatchJsonAsync($"{ApiHelpers.Accounts}/{before["id"]}", new { phone = "01 42 68 53 00" });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);

        var metadata = await (await api.GetAsync("/api/v1/metadata/accounts")).JsonAsync();
        Assert.Contains(metadata["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == "cf_code_fidelite");
        var openApi = await api.GetStringAsync("/openapi/v1.json");
        Assert.Contains("cf_code_fidelite", openApi, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Only_administrators_change_the_layout(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        var user = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);

        var refused = await user.PostJsonAsync(Fields, new { type = "text", label = "Espion" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.PatchJsonAsync($"{Fields}/phone", new { mandatory = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/api/v1/metadata/accounts/history")).StatusCode);

        var admin = await app.ApiClientAsync();
        var metadata = await (await admin.GetAsync("/api/v1/metadata/accounts")).JsonAsync();
        Assert.DoesNotContain(metadata["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>().StartsWith("cf_", StringComparison.Ordinal));
        var phone = metadata["fields"]!.AsArray().First(f => f!["key"]!.GetValue<string>() == "phone")!;
        Assert.False(phone["mandatory"]!.GetValue<bool>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task System_fields_stay_mandatory_and_visible(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var optional = await api.PatchJsonAsync($"{Fields}/name", new { mandatory = false });
        Assert.Equal(HttpStatusCode.BadRequest, optional.StatusCode);
        Assert.Equal("« Nom compte » est un champ système : il reste obligatoire.", Assert.Single((await optional.ProblemErrorsAsync())["mandatory"]));
        var hidden = await api.PatchJsonAsync($"{Fields}/assignedTo", new { active = false });
        Assert.Equal("« Assigné à » est un champ système : il ne peut pas être masqué.", Assert.Single((await hidden.ProblemErrorsAsync())["active"]));
        var number = await api.PatchJsonAsync($"{Fields}/number", new { active = false });
        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{Fields}/phone")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PatchJsonAsync($"{Fields}/nope", new { mandatory = true })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PatchJsonAsync($"{Fields}/phone", new { mandatory = "oui" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PatchJsonAsync($"{Fields}/phone", new { colour = "red" })).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_standard_field_made_mandatory_then_deactivated_keeps_its_values(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var account = await api.CreateAccountAsync(new { name = "Garde ses valeurs", apeCode = "5610A" });

        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{Fields}/apeCode", new { mandatory = true })).StatusCode);
        var missing = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Sans APE" });
        Assert.Equal("« Code APE/NAF » est obligatoire.", Assert.Single((await missing.ProblemErrorsAsync())["apeCode"]));

        var off = await api.PatchJsonAsync($"{Fields}/apeCode", new { active = false });
        Assert.False((await off.JsonAsync())["active"]!.GetValue<bool>());
        var hiddenRead = await (await api.GetAsync($"{ApiHelpers.Accounts}/{account["id"]}")).JsonAsync();
        Assert.False(hiddenRead.ContainsKey("apeCode"));
        await api.CreateAccountAsync(new { name = "Plus besoin d'APE" });

        await api.PatchJsonAsync($"{Fields}/apeCode", new { active = true });
        var back = await (await api.GetAsync($"{ApiHelpers.Accounts}/{account["id"]}")).JsonAsync();
        Assert.Equal("5610A", back["apeCode"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_a_custom_field_names_its_records_removes_its_values_and_never_reuses_its_key(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.PostJsonAsync(Fields, new { type = "integer", label = "Score" });
        var scored = await api.CreateAccountAsync(new { name = "Noté", cf_score = 42 });
        await api.CreateAccountAsync(new { name = "Pas noté" });

        var usage = await (await api.GetAsync($"{Fields}/cf_score/usage")).JsonAsync();
        Assert.Equal(1, usage["records"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{Fields}/cf_score")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{Fields}/cf_score")).StatusCode);
        var unknown = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Trop tard", cf_score = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var again = await (await api.PostJsonAsync(Fields, new { type = "integer", label = "Score" })).JsonAsync();
        Assert.Equal("cf_score_2", again["key"]!.GetValue<string>());
        var read = await (await api.GetAsync($"{ApiHelpers.Accounts}/{scored["id"]}")).JsonAsync();
        Assert.Null(read["cf_score_2"]);
        Assert.False(read.ContainsKey("cf_score"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_field_definitions_get_field_level_french_messages(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        var errors = await (await api.PostJsonAsync(Fields, new { type = "hologram", label = "", block = "nowhere" })).ProblemErrorsAsync();
        Assert.StartsWith("Type de champ inconnu.", Assert.Single(errors["type"]), StringComparison.Ordinal);
        Assert.Equal("Le libellé en français est obligatoire.", Assert.Single(errors["label"]));
        Assert.Equal("Bloc inconnu : « nowhere ».", Assert.Single(errors["block"]));

        var picklist = await (await api.PostJsonAsync(Fields, new { type = "picklist", label = "Niveau" })).ProblemErrorsAsync();
        Assert.Equal("Une liste a besoin d'au moins une valeur.", Assert.Single(picklist["values"]));
        var decimals = await (await api.PostJsonAsync(Fields, new { type = "decimal", label = "Marge", decimals = 7 })).ProblemErrorsAsync();
        Assert.Equal("Un champ Décimal garde de 2 à 5 décimales.", Assert.Single(decimals["decimals"]));
        var duplicate = await (await api.PostJsonAsync(Fields, new { type = "text", label = "téléphone" })).ProblemErrorsAsync();
        Assert.Equal("Un champ de ce module s'appelle déjà « téléphone ».", Assert.Single(duplicate["label"]));
        var badDefault = await (await api.PostJsonAsync(Fields, new { type = "integer", label = "Effectif cible", defaultValue = "beaucoup" })).ProblemErrorsAsync();
        Assert.True(badDefault.ContainsKey("defaultValue"));
        var reference = await (await api.PostJsonAsync(Fields, new { type = "reference", label = "Lien", referenceModule = "planets" })).ProblemErrorsAsync();
        Assert.Equal("Choisissez le module auquel ce champ fait référence.", Assert.Single(reference["referenceModule"]));
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostJsonAsync("/api/v1/metadata/planets/fields", new { type = "text", label = "X" })).StatusCode);

        var metadata = await (await api.GetAsync("/api/v1/metadata/accounts")).JsonAsync();
        Assert.DoesNotContain(metadata["fields"]!.AsArray(), f => f!["custom"]!.GetValue<bool>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Blocks_are_added_renamed_reordered_and_deleted_once_empty(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        const string blocks = "/api/v1/metadata/accounts/blocks";

        var added = await api.PostJsonAsync(blocks, new { labels = new { fr = "Fidélité", en = "Loyalty" }, collapsed = true });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var block = await added.JsonAsync();
        var key = block["key"]!.GetValue<string>();
        Assert.Equal("bloc_fidelite", key);
        Assert.True(block["collapsed"]!.GetValue<bool>());
        Assert.Equal(4, block["position"]!.GetValue<int>());

        var moved = await (await api.PatchJsonAsync($"{blocks}/{key}", new { position = 0, label = "Programme fidélité" })).JsonAsync();
        Assert.Equal(0, moved["position"]!.GetValue<int>());
        Assert.Equal("Programme fidélité", moved["label"]!.GetValue<string>());

        await api.PostJsonAsync(Fields, new { type = "checkbox", label = "Carte remise", block = key });
        var refused = await api.DeleteAsync($"{blocks}/{key}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("contient encore 1 champ", (await refused.ProblemAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await api.DeleteAsync($"{blocks}/details")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"{Fields}/cf_carte_remise", new { block = "details", position = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{blocks}/{key}")).StatusCode);

        var metadata = await (await api.GetAsync("/api/v1/metadata/accounts")).JsonAsync();
        var order = metadata["blocks"]!.AsArray().Select(b => b!["key"]!.GetValue<string>()).ToList();
        Assert.Equal(["details", "address", "accounting", "description"], order);
        var details = metadata["fields"]!.AsArray().Where(f => f!["block"]!.GetValue<string>() == "details").ToList();
        Assert.Equal("cf_carte_remise", details[0]!["key"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Picklist_values_are_added_renamed_reordered_and_retired_and_records_follow(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        const string types = "/api/v1/picklists/accounts/accountType";
        var account = await api.CreateAccountAsync(new { name = "Client fidèle", accountType = "customer" });

        var added = await api.PostJsonAsync(types, new { labels = new { fr = "Grossiste", en = "Wholesaler" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("grossiste", (await added.JsonAsync())["code"]!.GetValue<string>());
        await api.CreateAccountAsync(new { name = "En gros", accountType = "grossiste" });

        var renamed = await api.PatchJsonAsync($"{types}/customer", new { label = "Client actif", position = 0 });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var page = await (await app.SignedInClientAsync()).GetStringAsync($"/accounts/{account["id"]}/details");
        Assert.Contains("Client actif", page, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{types}/customer")).StatusCode);
        var kept = await (await api.GetAsync($"{ApiHelpers.Accounts}/{account["id"]}")).JsonAsync();
        Assert.Equal("customer", kept["accountType"]!.GetValue<string>());
        var retired = await api.PostJsonAsync(ApiHelpers.Accounts, new { name = "Nouveau", accountType = "customer" });
        Assert.Equal(HttpStatusCode.BadRequest, retired.StatusCode);

        var list = await (await api.GetAsync(types)).JsonAsync();
        var values = list["values"]!.AsArray();
        Assert.Equal("customer", values[0]!["code"]!.GetValue<string>());
        Assert.True(values[0]!["retired"]!.GetValue<bool>());
        Assert.Contains(values, v => v!["code"]!.GetValue<string>() == "grossiste");

        var duplicate = await api.PostJsonAsync(types, new { label = "grossiste" });
        Assert.Equal("La valeur « grossiste » est en double.", Assert.Single((await duplicate.ProblemErrorsAsync())["label"]));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Every_change_is_in_the_history_with_who_and_what(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        await api.PostJsonAsync(Fields, new { type = "text", label = "Parrain" });
        await api.PatchJsonAsync($"{Fields}/cf_parrain", new { mandatory = true });

        var history = await (await api.GetAsync("/api/v1/metadata/accounts/history")).JsonAsync();
        var items = history["items"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("field.changed", items[0]!["action"]!.GetValue<string>());
        Assert.Equal("Administrateur", items[0]!["user"]!.GetValue<string>());
        Assert.Equal("Parrain", items[0]!["subject"]!.GetValue<string>());
        var detail = Assert.Single(items[0]!["details"]!.AsArray())!;
        Assert.Equal("mandatory", detail["property"]!.GetValue<string>());
        Assert.Equal("false", detail["old"]!.GetValue<string>());
        Assert.Equal("true", detail["new"]!.GetValue<string>());
        Assert.Equal("field.added", items[1]!["action"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_second_server_on_the_same_database_sees_the_new_field_within_seconds(Db db)
    {
        await using var first = await TestApp.StartAsync(db);
        await using var second = TestApp.StartOn(first.Database);
        var firstApi = await first.ApiClientAsync();
        var secondApi = await second.ApiClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await secondApi.GetAsync($"{Fields}/cf_agence")).StatusCode);

        await firstApi.PostJsonAsync(Fields, new { type = "text", label = "Agence", mandatory = true });

        var deadline = DateTime.UtcNow.AddSeconds(10);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            status = (await secondApi.GetAsync($"{Fields}/cf_agence")).StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
        var refused = await secondApi.PostJsonAsync(ApiHelpers.Accounts, new { name = "Sans agence" });
        Assert.True((await refused.ProblemErrorsAsync()).ContainsKey("cf_agence"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Labels_typed_by_an_administrator_are_only_text_in_the_api_reference(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var created = await api.PostJsonAsync(Fields, new
        {
            type = "picklist", labels = new { fr = "<script>alert(1)</script>", en = "\"><img src=x onerror=alert(1)>" },
            values = MarkdownLink,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var document = JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var descriptions = Descriptions(document).Where(d => d.Contains("alert", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(descriptions);
        foreach (var description in descriptions)
        {
            Assert.DoesNotContain("<script>", description, StringComparison.Ordinal);
            Assert.DoesNotContain("<img", description, StringComparison.Ordinal);
            Assert.DoesNotContain("](javascript:", description, StringComparison.Ordinal);
        }
        Assert.Contains(descriptions, d => d.Contains("&lt;script&gt;alert\\(1\\)&lt;/script&gt;", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("\\[clic\\]\\(javascript:alert\\(1\\)\\)", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Descriptions(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "description" && p.Value is JsonValue v && v.TryGetValue<string>(out var d) ? [d] : Descriptions(p.Value)),
        JsonArray a => a.SelectMany(Descriptions),
        _ => [],
    };
}
