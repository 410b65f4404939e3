using System.Net;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using static Comptoir.Web.Tests.LayoutPages.LayoutPageHelpers;

namespace Comptoir.Web.Tests.LayoutPages;

/// <summary>The layout manager's pages: what an administrator does there is what the account pages show on the next request.</summary>
public sealed class LayoutPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_field_added_on_the_page_shows_on_the_account_form_and_once_made_mandatory_is_required(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var added = await admin.AddFieldAsync(new() { ["label"] = "Code fidélité", ["labelEn"] = "Loyalty code", ["help"] = "Sur la carte du client" });
        Assert.Equal(LayoutUrl, added.PathOf());
        var layout = await added.TextAsync();
        Assert.Contains("Le champ « Code fidélité » a été ajouté ; sa clé d'API est cf_code_fidelite.", layout, StringComparison.Ordinal);
        Assert.Contains("data-field-key=\"cf_code_fidelite\"", layout, StringComparison.Ordinal);

        var form = await admin.GetStringAsync("/accounts/new");
        Assert.Contains("name=\"cf_code_fidelite\"", form, StringComparison.Ordinal);
        Assert.Contains("Code fidélité", form, StringComparison.Ordinal);
        Assert.Contains("Sur la carte du client", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.CreateAsync(new() { ["name"] = "Sans code, encore permis" })).StatusCode);

        var edited = await admin.SubmitAsync($"{LayoutUrl}/fields/cf_code_fidelite", new() { ["mandatory"] = "true" });
        Assert.Contains("Le champ « Code fidélité » est enregistré.", await edited.TextAsync(), StringComparison.Ordinal);

        var refused = await admin.CreateAsync(new() { ["name"] = "Boulangerie Sans Code" });
        Assert.Equal("/accounts/new", refused.PathOf());
        Assert.Contains("« Code fidélité » est obligatoire.", await refused.TextAsync(), StringComparison.Ordinal);
        var saved = await admin.CreateAsync(new() { ["name"] = "Boulangerie Avec Code", ["cf_code_fidelite"] = "OR-42" });
        Assert.Matches("^/accounts/\\d+$", saved.PathOf());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Moving_a_field_up_down_and_to_another_block_changes_the_account_form(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.AddFieldAsync(new() { ["label"] = "Code fidélité" });

        // Added last in « Détails du compte », after « Assigné à ».
        var form = await admin.GetStringAsync("/accounts/new");
        Assert.True(At(form, "assignedTo") < At(form, "cf_code_fidelite"));

        var up = await admin.MoveFieldAsync("cf_code_fidelite", new() { ["direction"] = "up" });
        Assert.Equal(LayoutUrl, up.PathOf());
        Assert.Contains("Le champ « Code fidélité » a été déplacé.", await up.TextAsync(), StringComparison.Ordinal);
        form = await admin.GetStringAsync("/accounts/new");
        Assert.True(At(form, "doNotEmail") < At(form, "cf_code_fidelite") && At(form, "cf_code_fidelite") < At(form, "assignedTo"));

        await admin.MoveFieldAsync("cf_code_fidelite", new() { ["direction"] = "down" });
        form = await admin.GetStringAsync("/accounts/new");
        Assert.True(At(form, "assignedTo") < At(form, "cf_code_fidelite"));

        await admin.MoveFieldAsync("cf_code_fidelite", new() { ["block"] = "address" });
        form = await admin.GetStringAsync("/accounts/new");
        Assert.Contains("name=\"cf_code_fidelite\"", FormBlock(form, "address"), StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"cf_code_fidelite\"", FormBlock(form, "details"), StringComparison.Ordinal);

        // What drag and drop posts: a block and a position in it.
        await admin.MoveFieldAsync("phone", new() { ["block"] = "details", ["position"] = "0" });
        form = await admin.GetStringAsync("/accounts/new");
        Assert.True(At(form, "phone") < At(form, "name"));
        var page = await admin.GetStringAsync(LayoutUrl);
        Assert.True(page.IndexOf("data-field-key=\"phone\"", StringComparison.Ordinal) < page.IndexOf("data-field-key=\"name\"", StringComparison.Ordinal));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Blocks_move_are_added_renamed_and_deleted_only_once_empty(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        await admin.MoveBlockAsync("description", "up");
        var form = await admin.GetStringAsync("/accounts/new");
        Assert.True(form.IndexOf("id=\"block-description\"", StringComparison.Ordinal) < form.IndexOf("id=\"block-accounting\"", StringComparison.Ordinal));

        var added = await admin.PostFormAsync($"{LayoutUrl}?handler=AddBlock", new() { ["blockLabel"] = "Fidélité", ["blockLabelEn"] = "Loyalty" }, LayoutUrl);
        Assert.Contains("Le bloc « Fidélité » a été ajouté.", await added.TextAsync(), StringComparison.Ordinal);
        var twice = await admin.PostFormAsync($"{LayoutUrl}?handler=AddBlock", new() { ["blockLabel"] = "fidélité" }, LayoutUrl);
        var twicePage = await twice.TextAsync();
        Assert.Contains("Un bloc de ce module s'appelle déjà « fidélité ».", twicePage, StringComparison.Ordinal);
        Assert.Contains("name=\"blockLabel\" value=\"fidélité\"", twicePage, StringComparison.Ordinal);

        var renamed = await admin.SubmitAsync($"{LayoutUrl}/blocks/bloc_fidelite", new() { ["label"] = "Programme de fidélité" });
        Assert.Contains("Le bloc « Programme de fidélité » est enregistré.", await renamed.TextAsync(), StringComparison.Ordinal);

        await admin.AddFieldAsync(new() { ["label"] = "Niveau", ["block"] = "bloc_fidelite" });
        Assert.Contains("Niveau", FormBlock(await admin.GetStringAsync("/accounts/new"), "bloc_fidelite"), StringComparison.Ordinal);

        var confirm = await admin.GetStringAsync($"{LayoutUrl}/blocks/bloc_fidelite/delete");
        Assert.Contains("Ce bloc contient encore 1 champ(s)", System.Net.WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);
        var refused = await admin.PostFormAsync($"{LayoutUrl}/blocks/bloc_fidelite/delete", []);
        Assert.Contains("Le bloc « Programme de fidélité » contient encore 1 champ(s) : déplacez-les d'abord.", await refused.TextAsync(), StringComparison.Ordinal);

        await admin.MoveFieldAsync("cf_niveau", new() { ["block"] = "details" });
        var deleted = await admin.PostFormAsync($"{LayoutUrl}/blocks/bloc_fidelite/delete", []);
        Assert.Equal(LayoutUrl, deleted.PathOf());
        var page = await deleted.TextAsync();
        Assert.Contains("Le bloc « Programme de fidélité » a été supprimé.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-block-key=\"bloc_fidelite\"", page, StringComparison.Ordinal);

        var standard = await admin.PostFormAsync($"{LayoutUrl}/blocks/details/delete", []);
        Assert.Contains("« Détails du compte » est un bloc standard : il ne peut pas être supprimé.", await standard.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>layout-editor.js shows an input only for the types listed on its group: each type's settings come from its bundle.</summary>
    [Theory, ClassData(typeof(Databases))]
    public async Task The_new_field_form_offers_each_setting_for_the_types_that_have_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var page = await admin.GetHtmlAsync($"{LayoutUrl}/fields/new");
        string[] TypesOf(string input) =>
            (page.QuerySelector($"#{input}")?.Closest("[data-show-for]")?.GetAttribute("data-show-for") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["text", "textarea"], TypesOf("f-maxLength"));
        Assert.Equal(["decimal"], TypesOf("f-decimals"));
        Assert.Equal(["reference"], TypesOf("f-referenceModule"));
        Assert.Equal(["picklist", "multipicklist"], TypesOf("f-values"));
        Assert.Contains("checkbox", TypesOf("f-defaultValue"));
        Assert.DoesNotContain("reference", TypesOf("f-defaultValue"));
        Assert.Equal("Longueur maximale", page.WordsOf("label[for=f-maxLength]"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_refused_new_field_comes_back_with_french_errors_next_to_its_inputs_and_what_was_typed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var refused = await admin.AddFieldAsync(new()
        {
            ["type"] = "decimal", ["label"] = "Nom compte", ["decimals"] = "7", ["help"] = "Taux négocié", ["mandatory"] = "true",
        });

        Assert.Equal($"{LayoutUrl}/fields/new", refused.PathOf());
        var page = await refused.TextAsync();
        Assert.Contains("<div class=\"invalid-feedback\" id=\"f-label-error\">Un champ de ce module s'appelle déjà « Nom compte ».</div>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"invalid-feedback\" id=\"f-decimals-error\">Un champ Décimal garde de 2 à 5 décimales.</div>", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"decimal\" selected=\"selected\">Décimal</option>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"decimals\" value=\"7\"", page, StringComparison.Ordinal);
        Assert.Contains(">Taux négocié</textarea>", page, StringComparison.Ordinal);
        Assert.Matches("id=\"f-mandatory\" name=\"mandatory\" value=\"true\"\\s+checked=\"checked\"", page);

        var notANumber = await admin.AddFieldAsync(new() { ["label"] = "Surnom", ["maxLength"] = "beaucoup" });
        Assert.Contains("Un nombre entier est attendu.", await notANumber.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-field-key=\"cf_surnom\"", await admin.GetStringAsync(LayoutUrl), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task System_fields_show_locked_switches_and_stay_mandatory_whatever_is_posted(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        var page = await admin.GetStringAsync($"{LayoutUrl}/fields/name");
        Assert.Matches("id=\"f-mandatory\" name=\"mandatory\" value=\"true\"\\s+checked=\"checked\" disabled=\"disabled\"", page);
        Assert.Matches("id=\"f-active\" name=\"active\" value=\"true\"\\s+checked=\"checked\" disabled=\"disabled\"", page);
        Assert.Contains("<i class=\"bi bi-lock-fill\" aria-hidden=\"true\"></i> Champ système", page, StringComparison.Ordinal);
        var phone = await admin.GetStringAsync($"{LayoutUrl}/fields/phone");
        Assert.DoesNotMatch("id=\"f-mandatory\"[^>]*disabled", phone);

        // A browser posts no disabled switch; a forged post leaves them out on purpose: neither makes « Nom compte » optional.
        var saved = await admin.SubmitAsync($"{LayoutUrl}/fields/name", new() { ["mandatory"] = null, ["active"] = null, ["labelEn"] = "Company name" });
        Assert.Contains("Le champ « Nom compte » est enregistré.", await saved.TextAsync(), StringComparison.Ordinal);
        var refused = await admin.CreateAsync(new() { ["name"] = "" });
        Assert.Contains("« Nom compte » est obligatoire.", await refused.TextAsync(), StringComparison.Ordinal);
        var api = await app.ApiClientAsync();
        var name = (await (await api.GetAsync("/api/v1/metadata/accounts/fields/name")).JsonAsync());
        Assert.True(name["mandatory"]!.GetValue<bool>());
        Assert.True(name["active"]!.GetValue<bool>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_field_deactivated_on_the_page_leaves_the_form_and_comes_back_when_reactivated(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        await admin.SubmitAsync($"{LayoutUrl}/fields/otherPhone", new() { ["active"] = null });
        Assert.DoesNotContain("name=\"otherPhone\"", await admin.GetStringAsync("/accounts/new"), StringComparison.Ordinal);
        var layout = await admin.GetStringAsync(LayoutUrl);
        Assert.Contains("data-field-key=\"otherPhone\"", layout, StringComparison.Ordinal);

        await admin.SubmitAsync($"{LayoutUrl}/fields/otherPhone", new() { ["active"] = "true" });
        Assert.Contains("name=\"otherPhone\"", await admin.GetStringAsync("/accounts/new"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_a_custom_field_first_names_how_many_records_hold_a_value(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.AddFieldAsync(new() { ["label"] = "Code fidélité" });
        await app.SeedAsync("Boulangerie Martin", new() { ["cf_code_fidelite"] = "OR-1" });
        await app.SeedAsync("Fromagerie Dupont", new() { ["cf_code_fidelite"] = "OR-2" });
        await app.SeedAsync("Café Sans Code");

        var confirm = await admin.GetStringAsync($"{LayoutUrl}/fields/cf_code_fidelite/delete");
        Assert.Contains("2 fiche(s) ont une valeur pour ce champ ; la suppression est définitive.", System.Net.WebUtility.HtmlDecode(confirm), StringComparison.Ordinal);

        var deleted = await admin.PostFormAsync($"{LayoutUrl}/fields/cf_code_fidelite/delete", []);
        Assert.Equal(LayoutUrl, deleted.PathOf());
        Assert.Contains("Le champ « Code fidélité » a été supprimé.", await deleted.TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("cf_code_fidelite", await admin.GetStringAsync("/accounts/new"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{LayoutUrl}/fields/cf_code_fidelite/delete")).StatusCode);

        // A standard field has no delete step: it can only be deactivated.
        var standard = await admin.GetStringAsync($"{LayoutUrl}/fields/phone/delete");
        Assert.DoesNotContain("Supprimer définitivement", standard, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_history_says_who_changed_what_newest_first_in_french(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.AddFieldAsync(new() { ["label"] = "Code fidélité" });
        await admin.SubmitAsync($"{LayoutUrl}/fields/phone", new() { ["mandatory"] = "true" });

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync(LayoutUrl));
        var history = page[page.IndexOf("id=\"history\"", StringComparison.Ordinal)..];
        var changed = history.IndexOf("Champ modifié", StringComparison.Ordinal);
        var added = history.IndexOf("Champ ajouté", StringComparison.Ordinal);
        Assert.True(changed >= 0 && added > changed, "newest first");
        Assert.Contains("Administrateur", history, StringComparison.Ordinal);
        Assert.Matches("<span class=\"fw-semibold\">Obligatoire</span> :\\s*<span>Non</span>", history);
        Assert.Contains("<span>Oui</span>", history, StringComparison.Ordinal);
        Assert.Matches("<span class=\"fw-semibold\">Type</span> :\\s*<span>Texte</span>", history);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", history);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_history_is_paged_with_older_entries_behind_a_link(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        var api = await app.ApiClientAsync();
        for (var i = 0; i < 21; i++)
            Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync("/api/v1/metadata/accounts/fields/phone", new { quickCreate = i % 2 == 0 })).StatusCode);

        var first = await admin.GetStringAsync(LayoutUrl);
        Assert.Equal(20, CountOf(first, "data-change-id="));
        var older = AccountPageHelpers.LinkHref(first, "Plus anciens");
        Assert.NotNull(older);
        var second = await admin.GetStringAsync(older);
        Assert.Equal(1, CountOf(second, "data-change-id="));
        Assert.Null(AccountPageHelpers.LinkHref(second, "Plus anciens"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_default_value_chosen_on_the_page_fills_the_create_form_and_a_bad_one_is_refused(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();

        await admin.SubmitAsync($"{LayoutUrl}/fields/accountType", new() { ["defaultValue"] = "prospect" });
        await admin.SubmitAsync($"{LayoutUrl}/fields/billingCountry", new() { ["defaultValue"] = "France" });

        var form = await admin.GetStringAsync("/accounts/new");
        Assert.Contains("<option value=\"prospect\" selected=\"selected\">", form, StringComparison.Ordinal);
        Assert.Equal("France", AccountPageHelpers.InputValue(form, "billingCountry"));
        Assert.Matches("<option value=\"prospect\" selected=\"selected\">", await admin.GetStringAsync($"{LayoutUrl}/fields/accountType"));

        var refused = await admin.SubmitAsync($"{LayoutUrl}/fields/employees", new() { ["defaultValue"] = "beaucoup" });
        Assert.Equal($"{LayoutUrl}/fields/employees", refused.PathOf());
        var page = await refused.TextAsync();
        Assert.Matches("<div class=\"invalid-feedback\" id=\"f-defaultValue-error\">[^<]+</div>", page);
        Assert.Contains("name=\"defaultValue\" value=\"beaucoup\"", page, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_pages_speak_english_when_the_user_does(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.SignedInClientAsync();
        await admin.SubmitAsync($"{LayoutUrl}/fields/phone", new() { ["mandatory"] = "true" });

        var page = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync($"{LayoutUrl}?culture=en"));

        Assert.Contains("Layout: Accounts", page, StringComparison.Ordinal);
        Assert.Contains("Move up<span class=\"visually-hidden\"> “Phone”</span>", page, StringComparison.Ordinal);
        Assert.Contains("<td>Field changed</td>", page, StringComparison.Ordinal);
        Assert.Matches("<span class=\"fw-semibold\">Mandatory</span> :\\s*<span>No</span>", page);
        var picklists = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/settings/picklists?culture=en"));
        Assert.Contains("Accounts › Type", picklists, StringComparison.Ordinal);
        Assert.Contains(">Retire<", picklists, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
