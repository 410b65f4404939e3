using System.Net;
using Comptoir.Tests.Shared;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>Create, read, edit and delete an account through the server-rendered pages.</summary>
public sealed class AccountPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Creating_an_account_leads_to_its_page_with_number_siren_vat_and_formatted_phone(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var response = await client.CreateAsync(new()
        {
            ["name"] = "Boulangerie Dupont", ["siret"] = "732 829 320 00074", ["phone"] = "0142685300",
            ["accountType"] = "customer", ["billingCity"] = "Paris",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^/accounts/\\d+$", response.RequestMessage!.RequestUri!.AbsolutePath);
        var summary = await response.TextAsync();
        Assert.Contains("<h1 class=\"h3 mb-1 text-break\">Boulangerie Dupont</h1>", summary, StringComparison.Ordinal);
        Assert.Contains("Compte client « Boulangerie Dupont » créé (CPT-000001).", summary, StringComparison.Ordinal);
        Assert.Contains("01 42 68 53 00", summary, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Résumé", summary, StringComparison.Ordinal);

        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/accounts/{AccountPageHelpers.IdOf(response)}/details"));
        Assert.Contains("CPT-000001", details, StringComparison.Ordinal);
        Assert.Matches("data-field=\"siren\">\\s*732829320\\s*</dd>", details);
        Assert.Contains(ExpectedVat.FromSiren("732829320"), details, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Détails", details, StringComparison.Ordinal);
        foreach (var block in new[] { "Détails du compte", "Détails de l'adresse", "Description" })
            Assert.Contains(block, details, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_form_without_a_name_is_refused_in_French_keeping_what_was_typed(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var response = await client.CreateAsync(new() { ["name"] = "  ", ["phone"] = "04 78 42 17 26", ["billingCity"] = "Lyon" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/accounts/new", response.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await response.TextAsync();
        Assert.Contains("« Nom compte » est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"f-name-error\"", html, StringComparison.Ordinal);
        Assert.Equal("04 78 42 17 26", AccountPageHelpers.InputValue(html, "phone"));
        Assert.Equal("Lyon", AccountPageHelpers.InputValue(html, "billingCity"));
        Assert.Contains("Aucun compte client", await client.GetStringAsync("/accounts"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_bad_value_gets_its_own_error_beside_its_field_and_nothing_is_saved(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var response = await client.CreateAsync(new()
        {
            ["name"] = new string('x', 101), ["siret"] = "73282932000075", ["email"] = "contact@boulangerie",
            ["website"] = "javascript:alert(1)", ["phone"] = "12ab",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("« Nom compte » ne doit pas dépasser 100 caractères (101 saisis).", html, StringComparison.Ordinal);
        Assert.Contains("Ce SIRET n'est pas valide", html, StringComparison.Ordinal);
        Assert.Contains("Adresse email invalide (exemple : nom@societe.fr).", html, StringComparison.Ordinal);
        Assert.Contains("Adresse web invalide : seules les adresses http:// ou https:// sont acceptées", html, StringComparison.Ordinal);
        Assert.Contains("Numéro de téléphone non reconnu", html, StringComparison.Ordinal);
        foreach (var key in new[] { "name", "siret", "email", "website", "phone" })
        {
            Assert.Contains($"id=\"f-{key}-error\"", html, StringComparison.Ordinal);
            Assert.Matches($"id=\"f-{key}\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*f-{key}-error", html);
        }
        Assert.Equal("javascript:alert(1)", AccountPageHelpers.InputValue(html, "website"));
        Assert.Contains("Aucun compte client", await client.GetStringAsync("/accounts"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Editing_saves_and_a_stale_version_shows_the_conflict_keeping_the_users_values(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var (id, _) = await app.SeedAsync("Fromagerie Martin", new() { ["billingCity"] = "Annecy" });

        var edit = await client.GetStringAsync($"/accounts/{id}/edit");
        Assert.Contains("Modifier Fromagerie Martin", edit, StringComparison.Ordinal);
        Assert.Equal("Annecy", AccountPageHelpers.InputValue(edit, "billingCity"));
        Assert.Contains("name=\"_version\" value=\"1\"", edit, StringComparison.Ordinal);

        var fields = EditFields(edit);
        fields["billingCity"] = "Chambéry";
        var saved = await client.PostFormAsync($"/accounts/{id}/edit", fields);
        Assert.Equal($"/accounts/{id}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await saved.TextAsync();
        Assert.Contains("Modifications enregistrées.", page, StringComparison.Ordinal);
        Assert.Contains("Chambéry", page, StringComparison.Ordinal);

        // Someone opened the form at version 1 too and saves after that change.
        fields["billingCity"] = "Albertville";
        fields["name"] = "Fromagerie Martin & Fils";
        var conflict = await client.PostFormAsync($"/accounts/{id}/edit", fields);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.TextAsync();
        Assert.Contains("Ce compte a été modifié par quelqu'un d'autre pendant votre saisie.", html, StringComparison.Ordinal);
        Assert.Equal("Albertville", AccountPageHelpers.InputValue(html, "billingCity"));
        Assert.Equal("Fromagerie Martin & Fils", AccountPageHelpers.InputValue(html, "name"));
        Assert.Contains("name=\"_version\" value=\"2\"", html, StringComparison.Ordinal);
        Assert.Contains("Chambéry", await client.GetStringAsync($"/accounts/{id}"), StringComparison.Ordinal);

        // Saving again, deliberately, goes through.
        fields["_version"] = "2";
        var again = await client.PostFormAsync($"/accounts/{id}/edit", fields);
        Assert.Equal($"/accounts/{id}", again.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Albertville", await again.TextAsync(), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_invalid_edit_is_refused_with_the_error_and_changes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var (id, number) = await app.SeedAsync("Garage Lebrun", new() { ["email"] = "contact@garage-lebrun.fr" });

        var fields = EditFields(await client.GetStringAsync($"/accounts/{id}/edit"));
        fields["email"] = "contact@@garage";
        var response = await client.PostFormAsync($"/accounts/{id}/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Adresse email invalide", html, StringComparison.Ordinal);
        Assert.Equal("contact@@garage", AccountPageHelpers.InputValue(html, "email"));
        Assert.Contains(number, html, StringComparison.Ordinal); // read-only number still shown
        Assert.Contains("contact@garage-lebrun.fr", await client.GetStringAsync($"/accounts/{id}"), StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_an_account_removes_it_from_its_page_and_the_list(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var (id, _) = await app.SeedAsync("Imprimerie Moreau");
        await app.SeedAsync("Imprimerie Voisine");

        var summary = await client.GetStringAsync($"/accounts/{id}");
        Assert.Contains("Supprimer ce compte client ?", summary, StringComparison.Ordinal);
        Assert.Contains($"action=\"/accounts/{id}/delete\"", summary, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/accounts/{id}/delete", new() { ["Contacts"] = "keep" }, formPage: $"/accounts/{id}");

        Assert.Equal("/accounts", response.RequestMessage!.RequestUri!.AbsolutePath);
        var list = await response.TextAsync();
        Assert.Contains("Compte client « Imprimerie Moreau » placé dans la corbeille.", list, StringComparison.Ordinal);
        Assert.Equal(["Imprimerie Voisine"], AccountPageHelpers.RowNames(list));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/accounts/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/accounts/{id}/details")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/accounts/{id}/edit")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Names_with_markup_are_shown_as_text_in_the_list_and_the_page(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var response = await client.CreateAsync(new() { ["name"] = "<script>alert(1)</script>" });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        var list = await client.GetStringAsync("/accounts");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", list, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_form_speaks_English_when_asked(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var english = await client.GetStringAsync("/accounts/new?culture=en&ui-culture=en");
        Assert.Contains("Account name", english, StringComparison.Ordinal);
        Assert.Contains("Add an account", english, StringComparison.Ordinal);
        Assert.Contains(">Save</button>", english.Replace("<i class=\"bi bi-check-lg\" aria-hidden=\"true\"></i> ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Nom compte", english, StringComparison.Ordinal);

        var french = await client.GetStringAsync("/accounts/new");
        Assert.Contains("Nom compte", french, StringComparison.Ordinal);
        Assert.Contains("Ajouter un compte client", french, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Unknown_accounts_are_not_found(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/accounts/424242")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/accounts/424242/edit")).StatusCode);
    }

    private static Dictionary<string, string> EditFields(string html) => AccountPageHelpers.FormFields(html);
}
