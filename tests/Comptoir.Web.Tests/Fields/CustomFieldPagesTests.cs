using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;
using static Comptoir.Web.Tests.Fields.FieldForms;

namespace Comptoir.Web.Tests.Fields;

/// <summary>
/// A custom field of every type the layout manager offers, through the account pages: its editor,
/// French typing, the formatted detail view and list, the edit form's round trip, and its errors.
/// </summary>
public sealed class CustomFieldPagesTests
{
    /// <summary>Values as a French user types them.</summary>
    private static Dictionary<string, string> FrenchTyped(long sponsor) => new()
    {
        ["cf_texte"] = "<b>FID-42</b>",
        ["cf_zone"] = "Sonner à l'arrière\nAvant 8h",
        ["cf_entier"] = "1 250",
        ["cf_decimal"] = "3,14159",
        ["cf_pourcentage"] = "12,5 %",
        ["cf_montant"] = "1 234,5 €",
        ["cf_date"] = "29/11/2026",
        ["cf_rappel"] = "29/11/2026 14:30",
        ["cf_heure"] = "14h30",
        ["cf_actif"] = "true",
        ["cf_email"] = "Compta@Boulangerie.FR",
        ["cf_telephone"] = "01 42 68 53 00",
        ["cf_site"] = "https://boutique.boulangerie.fr",
        ["cf_niveau"] = "or",
        ["cf_parrain"] = sponsor.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>How the detail view shows them, in French.</summary>
    private static readonly Dictionary<string, string> FrenchShown = new()
    {
        ["cf_texte"] = "<b>FID-42</b>",
        ["cf_zone"] = "Sonner à l'arrière Avant 8h",
        ["cf_entier"] = "1 250",
        ["cf_decimal"] = "3,1416",
        ["cf_pourcentage"] = "12,5 %",
        ["cf_montant"] = "1 234,50 €",
        ["cf_date"] = "29/11/2026",
        ["cf_rappel"] = "29/11/2026 14:30",
        ["cf_heure"] = "14h30",
        ["cf_actif"] = "Oui",
        ["cf_email"] = "compta@boulangerie.fr",
        ["cf_telephone"] = "01 42 68 53 00",
        ["cf_site"] = "https://boutique.boulangerie.fr",
        ["cf_niveau"] = "Or",
        ["cf_interets"] = "Produits bio, Végétalien",
        ["cf_parrain"] = "Minoterie Parrain",
    };

    [Theory, ClassData(typeof(Databases))]
    public async Task The_account_form_has_an_editor_suited_to_each_custom_field(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var client = await app.SignedInClientAsync();

        var html = await client.GetStringAsync("/accounts/new");

        foreach (var key in EveryTypeModule.Keys) EditorTag(html, key);
        Assert.Contains("<legend class=\"card-header h6 mb-0 fs-6 fw-semibold\">Champs personnalisés</legend>", html, StringComparison.Ordinal);
        Assert.Equal("date", Attribute(EditorTag(html, "cf_date"), "type"));
        Assert.Equal("datetime-local", Attribute(EditorTag(html, "cf_rappel"), "type"));
        Assert.Equal("time", Attribute(EditorTag(html, "cf_heure"), "type"));
        Assert.Equal("email", Attribute(EditorTag(html, "cf_email"), "type"));
        Assert.Equal("tel", Attribute(EditorTag(html, "cf_telephone"), "type"));
        Assert.Equal("url", Attribute(EditorTag(html, "cf_site"), "type"));
        Assert.Equal("checkbox", Attribute(EditorTag(html, "cf_actif"), "type"));
        Assert.StartsWith("<textarea", EditorTag(html, "cf_zone"), StringComparison.Ordinal);
        // Numbers are typed as the French write them (« 1 250 », « 3,14 »), so no type=number; the keypad still comes up.
        Assert.Equal(("text", "numeric"), (Attribute(EditorTag(html, "cf_entier"), "type"), Attribute(EditorTag(html, "cf_entier"), "inputmode")));
        foreach (var key in new[] { "cf_decimal", "cf_pourcentage", "cf_montant" })
            Assert.Equal(("text", "decimal"), (Attribute(EditorTag(html, key), "type"), Attribute(EditorTag(html, key), "inputmode")));
        Assert.Matches("id=\"f-cf_pourcentage\"[^>]*/>\\s*<span class=\"input-group-text\" aria-hidden=\"true\">%</span>", html);
        Assert.Matches("id=\"f-cf_montant\"[^>]*/>\\s*<span class=\"input-group-text\" aria-hidden=\"true\">€</span>", html);

        // The help text sits under its input and is read with it.
        Assert.Contains("<div class=\"form-text\" id=\"f-cf_texte-help\">Imprimé sur la carte du client.</div>", html, StringComparison.Ordinal);
        Assert.Equal("f-cf_texte-help", Attribute(EditorTag(html, "cf_texte"), "aria-describedby"));
        Assert.Equal("30", Attribute(EditorTag(html, "cf_texte"), "maxlength"));

        // A picklist offers its current values only; a retired one is not offered to a new record.
        Assert.Matches("<select[^>]*id=\"f-cf_niveau\"[\\s\\S]*?<option value=\"or\">Or</option>", html);
        Assert.DoesNotContain("value=\"platine\"", html, StringComparison.Ordinal);
        // The multi-select is a named group of boxes, one per current value.
        Assert.Matches("<fieldset id=\"f-cf_interets\"[^>]*>\\s*<legend[^>]*>\\s*Centres d&#x27;intérêt", html);
        foreach (var (code, label) in new[] { ("bio", "Produits bio"), ("local", "Circuits courts"), ("vegan", "Végétalien") })
            Assert.Matches($"<input class=\"form-check-input\" type=\"checkbox\" id=\"(f-cf_interets-\\d)\" name=\"cf_interets\"\\s+value=\"{code}\" />\\s*<label class=\"form-check-label\" for=\"\\1\">{label}</label>", WebUtility.HtmlDecode(html));
        Assert.DoesNotContain("value=\"fax\"", html, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task French_typed_values_are_saved_and_shown_formatted_in_french(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var client = await app.SignedInClientAsync();
        var (sponsor, _) = await app.SeedAsync("Minoterie Parrain");

        var response = await client.SubmitAsync("/accounts/new", form => form.With(FrenchTyped(sponsor))
            .With("name", "Boulangerie Dupont").With("cf_interets", "", "vegan", "bio"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = IdOf(response);
        var details = await client.GetStringAsync($"/accounts/{id}/details");
        foreach (var (key, shown) in FrenchShown) Assert.Equal(shown, Shown(details, key));
        // User text is encoded, never markup; the reference links to the record.
        Assert.Contains("&lt;b&gt;FID-42&lt;/b&gt;", details, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>FID-42</b>", details, StringComparison.Ordinal);
        Assert.Matches($"data-field=\"cf_parrain\">\\s*<a href=\"/accounts/{sponsor}\">Minoterie Parrain</a>", details);
        Assert.Matches("data-field=\"cf_email\">\\s*<a href=\"mailto:compta@boulangerie.fr\">", details);

        // The list's columns format the same way.
        var list = await client.GetStringAsync("/accounts?sort=name&dir=asc");
        Assert.Equal(("1 250", "12,5 %", "14h30", "Or"), (Cell(list, "cf_entier"), Cell(list, "cf_pourcentage"), Cell(list, "cf_heure"), Cell(list, "cf_niveau")));

        // The API reads the same values: the moment in UTC (14:30 in Paris in November is 13:30 UTC), codes, numbers.
        var api = await app.ApiClientAsync();
        var json = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/accounts/{id}"))!;
        Assert.Equal("2026-11-29T13:30:00Z", json["cf_rappel"]!.GetValue<string>());
        Assert.Equal("2026-11-29", json["cf_date"]!.GetValue<string>());
        Assert.Equal("14:30", json["cf_heure"]!.GetValue<string>());
        Assert.Equal(3.1416m, json["cf_decimal"]!.GetValue<decimal>());
        Assert.Equal(1234.5m, json["cf_montant"]!.GetValue<decimal>());
        Assert.Equal(12.5m, json["cf_pourcentage"]!.GetValue<decimal>());
        Assert.Equal(1250, json["cf_entier"]!.GetValue<long>());
        Assert.True(json["cf_actif"]!.GetValue<bool>());
        Assert.Equal("+33142685300", json["cf_telephone"]!.GetValue<string>());
        Assert.Equal("[\"bio\",\"vegan\"]", json["cf_interets"]!.ToJsonString());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_edit_form_shows_each_value_as_its_input_takes_it_and_posting_it_back_changes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var client = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        var (sponsor, _) = await app.SeedAsync("Minoterie Parrain");
        var created = await client.SubmitAsync("/accounts/new", form => form.With(FrenchTyped(sponsor))
            .With("name", "Boulangerie Dupont").With("cf_interets", "", "vegan", "bio"));
        var id = IdOf(created);
        var before = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/accounts/{id}"))!;

        var edit = await client.GetStringAsync($"/accounts/{id}/edit");
        // What each input holds: ISO for the browser's date and time pickers (Paris time), French decimals.
        var values = FieldForms.Fields(edit);
        string Value(string key) => string.Join("|", values.Where(v => v.Key == key).Select(v => v.Value));
        Assert.Equal("2026-11-29", Value("cf_date"));
        Assert.Equal("2026-11-29T14:30", Value("cf_rappel"));
        Assert.Equal("14:30", Value("cf_heure"));
        Assert.Equal("1250", Value("cf_entier"));
        Assert.Equal("3,1416", Value("cf_decimal"));
        Assert.Equal("12,5", Value("cf_pourcentage"));
        Assert.Equal("1234,5", Value("cf_montant"));
        Assert.Equal("true", Value("cf_actif"));
        Assert.Equal("or", Value("cf_niveau"));
        Assert.Equal("|bio|vegan", Value("cf_interets"));

        var saved = await client.SubmitAsync($"/accounts/{id}/edit", form => form);

        Assert.Equal($"/accounts/{id}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Modifications enregistrées.", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = (await api.GetFromJsonAsync<JsonObject>($"/api/v1/accounts/{id}"))!;
        foreach (var key in EveryTypeModule.Keys)
            Assert.True(JsonNode.DeepEquals(before[key], after[key]), $"{key}: {before[key]?.ToJsonString()} became {after[key]?.ToJsonString()}");
        var details = await client.GetStringAsync($"/accounts/{id}/details");
        foreach (var (key, shown) in FrenchShown) Assert.Equal(shown, Shown(details, key));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Defaults_an_administrator_typed_in_french_fill_a_new_form_and_are_saved(Db db)
    {
        var registry = new TestRegistry();
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["cf_date"] = "31/12/2026", ["cf_actif"] = "oui", ["cf_interets"] = "Végétalien,bio", ["cf_decimal"] = "0,5", ["cf_heure"] = "9h",
        })
            registry.Change("accounts", key, f => f with { DefaultValue = value });
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(registry));
        var client = await app.SignedInClientAsync();

        var blank = await client.GetStringAsync("/accounts/new");

        Assert.Equal("2026-12-31", Attribute(EditorTag(blank, "cf_date"), "value"));
        Assert.Equal("09:00", Attribute(EditorTag(blank, "cf_heure"), "value"));
        Assert.Equal("0,5", Attribute(EditorTag(blank, "cf_decimal"), "value"));
        Assert.Equal("checked", Attribute(EditorTag(blank, "cf_actif"), "checked"));
        Assert.Equal(["", "bio", "vegan"], FieldForms.Fields(blank).Where(f => f.Key == "cf_interets").Select(f => f.Value));

        var created = await client.SubmitAsync("/accounts/new", form => form.With("name", "Épicerie Martin"));
        var details = await client.GetStringAsync($"/accounts/{IdOf(created)}/details");
        Assert.Equal(("31/12/2026", "Oui", "Produits bio, Végétalien", "0,5000", "9h00"),
            (Shown(details, "cf_date"), Shown(details, "cf_actif"), Shown(details, "cf_interets"), Shown(details, "cf_decimal"), Shown(details, "cf_heure")));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Unticking_every_box_clears_the_multi_select_and_the_checkbox_reads_non(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var client = await app.SignedInClientAsync();
        var created = await client.SubmitAsync("/accounts/new", form => form
            .With("name", "Épicerie Martin").With("cf_interets", "", "local").With("cf_actif", "true"));
        var id = IdOf(created);

        // As a browser posts unticked boxes: not at all, only the group's hidden empty input remains.
        await client.SubmitAsync($"/accounts/{id}/edit", form => form.With("cf_interets", "").With("cf_actif"));

        var details = await client.GetStringAsync($"/accounts/{id}/details");
        Assert.Equal("—", Shown(details, "cf_interets"));
        Assert.Equal("Non", Shown(details, "cf_actif"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_bad_value_gets_its_own_french_message_beside_its_field_and_nothing_is_saved(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(new TestRegistry()));
        var client = await app.SignedInClientAsync();
        var bad = new Dictionary<string, (string Typed, string Message)>
        {
            ["cf_texte"] = (new string('x', 31), "« Code fidélité » ne doit pas dépasser 30 caractères (31 saisis)."),
            ["cf_entier"] = ("douze", "Saisissez un nombre entier positif."),
            ["cf_decimal"] = ("3,14,15", "Saisissez un nombre (exemple : 1 234,56)."),
            ["cf_pourcentage"] = ("150", "Saisissez un pourcentage entre 0 et 100."),
            ["cf_montant"] = ("beaucoup", "Saisissez un nombre (exemple : 1 234,56)."),
            ["cf_date"] = ("31/02/2026", "Date invalide (exemple : 31/12/2026)."),
            ["cf_rappel"] = ("demain 14h", "Date et heure invalides (exemple : 31/12/2026 14:30)."),
            ["cf_heure"] = ("25:00", "Heure invalide (exemple : 14:30)."),
            ["cf_actif"] = ("peut-être", "Valeur invalide : oui ou non attendu."),
            ["cf_email"] = ("compta@boulangerie", "Adresse email invalide (exemple : nom@societe.fr)."),
            ["cf_telephone"] = ("12ab", "Numéro de téléphone non reconnu (exemple : 01 23 45 67 89 ou +44 20 7946 0958)."),
            ["cf_site"] = ("javascript:alert(1)", "Adresse web invalide : seules les adresses http:// ou https:// sont acceptées (exemple : https://www.societe.fr)."),
            ["cf_niveau"] = ("platine", "Valeur non proposée dans la liste « Niveau »."),
            ["cf_interets"] = ("astrologie", "« astrologie » n'est pas proposé dans la liste « Centres d'intérêt »."),
            ["cf_parrain"] = ("999999", "L'enregistrement choisi n'existe pas ou ne vous est pas accessible."),
        };

        var response = await client.SubmitAsync("/accounts/new",
            form => form.With("name", "Boulangerie Dupont").With(bad.ToDictionary(b => b.Key, b => b.Value.Typed)));

        Assert.Equal("/accounts/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var (key, (typed, message)) in bad)
        {
            Assert.Equal(message, ErrorOf(html, key));
            // A reference is typed in its search box; the id beside it is hidden.
            var editor = EditorTag(html, key == "cf_parrain" ? "cf_parrain-search" : key);
            Assert.Equal("true", Attribute(editor, "aria-invalid"));
            Assert.Contains($"f-{key}-error", Attribute(editor, "aria-describedby"), StringComparison.Ordinal);
        }
        // What was typed stays in the form to be corrected.
        Assert.Equal("douze", Attribute(EditorTag(html, "cf_entier"), "value"));
        Assert.Equal("150", Attribute(EditorTag(html, "cf_pourcentage"), "value"));
        Assert.Contains("Aucun compte client", await client.GetStringAsync("/accounts"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_picklist_value_an_administrator_retired_is_shown_retired_until_the_record_is_edited(Db db)
    {
        var registry = new TestRegistry();
        await using var app = await TestApp.StartAsync(db, services: EveryTypeModule.Use(registry));
        var client = await app.SignedInClientAsync();
        var (id, _) = await app.SeedAsync("Épicerie Martin", new() { ["cf_niveau"] = "argent", ["cf_interets"] = "bio,local" });

        registry.Change("accounts", "cf_niveau", f => f with { PicklistValues = f.PicklistValues.Select(v => v.Code == "argent" ? v with { Retired = true } : v).ToList() });
        registry.Change("accounts", "cf_interets", f => f with { PicklistValues = f.PicklistValues.Select(v => v.Code == "local" ? v with { Retired = true } : v).ToList() });

        var details = await client.GetStringAsync($"/accounts/{id}/details");
        Assert.Equal("Argent (retirée)", Shown(details, "cf_niveau"));
        Assert.Equal("Produits bio, Circuits courts (retirée)", Shown(details, "cf_interets"));
        Assert.Equal("Argent (retirée)", Cell(await client.GetStringAsync("/accounts"), "cf_niveau"));

        // The edit form still shows what the record holds, marked, so that the user sees it must change.
        var edit = WebUtility.HtmlDecode(await client.GetStringAsync($"/accounts/{id}/edit"));
        Assert.Contains("<option value=\"argent\" selected=\"selected\">Argent (retirée)</option>", edit, StringComparison.Ordinal);
        Assert.Matches("value=\"local\" checked=\"checked\" />\\s*<label class=\"form-check-label\" for=\"f-cf_interets-\\d\">Circuits courts \\(retirée\\)</label>", edit);
        // A new record is not offered the retired values.
        var blank = await client.GetStringAsync("/accounts/new");
        Assert.DoesNotContain("value=\"argent\"", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"local\"", blank, StringComparison.Ordinal);

        // In English: "(retired)".
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/accounts/{id}/details");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Equal("Silver (retired)", Shown(english, "cf_niveau"));

        // Once edited to a current value, the mark is gone.
        await client.SubmitAsync($"/accounts/{id}/edit", form => form.With("cf_niveau", "or").With("cf_interets", "", "bio"));
        details = await client.GetStringAsync($"/accounts/{id}/details");
        Assert.Equal(("Or", "Produits bio"), (Shown(details, "cf_niveau"), Shown(details, "cf_interets")));
    }
}
