using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Lists;

/// <summary>The list page reads the same cond.*, or.* and columns parameters as the API, and builds them with a GET form.</summary>
public sealed partial class ListConditionsPageTests
{
    private static async Task<HttpClient> SeedAsync(TestApp app)
    {
        var api = await app.ApiClientAsync();
        await api.CreateAccountAsync(new { name = "Boulangerie Dupont", billingCity = "Lyon", employees = 5, accountType = "customer" });
        await api.CreateAccountAsync(new { name = "Agence Pixel", billingCity = "Paris", employees = 20, accountType = "prospect" });
        await api.CreateAccountAsync(new { name = "Dupuis Frères", billingCity = "Lyon", accountType = "customer" });
        return await app.SignedInClientAsync();
    }

    /// <summary>The names in the list's rows (their link column).</summary>
    private static List<string> Rows(string html) =>
        RowLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex("<th scope=\"row\" class=\"fw-normal\"><a href=\"/accounts/\\d+\">([^<]*)</a></th>")]
    private static partial Regex RowLink();

    [Theory, ClassData(typeof(Databases))]
    public async Task A_condition_in_the_address_narrows_the_rows_and_stays_in_every_link(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await SeedAsync(app);

        var html = await client.GetStringAsync("/accounts?cond.billingCity.eq=Lyon&or.employees.gt=10&or.employees.empty=1&size=25");

        Assert.Equal(["Dupuis Frères"], Rows(html));
        var decoded = WebUtility.HtmlDecode(html);
        Assert.Contains("Ville (facturation) est Lyon", decoded, StringComparison.Ordinal);
        Assert.Contains("Effectif > 10", decoded, StringComparison.Ordinal);
        // Sort links and the page-size form keep the conditions.
        Assert.Contains("cond.billingCity.eq=Lyon&amp;or.employees.gt=10&amp;or.employees.empty=1&amp;sort=billingCity", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"cond.billingCity.eq\" value=\"Lyon\" />", html, StringComparison.Ordinal);
        // Removing the OU group's « est vide » leaves the other two.
        var remove = Regex.Match(html, "href=\"([^\"]+)\" aria-label=\"Retirer la condition : Effectif est vide\"").Groups[1].Value;
        Assert.Equal("/accounts?cond.billingCity.eq=Lyon&or.employees.gt=10&size=25", WebUtility.HtmlDecode(remove));
        Assert.Empty(Rows(await client.GetStringAsync(WebUtility.HtmlDecode(remove))));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_form_adds_a_condition_in_two_steps_and_lands_on_its_address(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await SeedAsync(app);

        // Step 1: the field; its operators and a value input fitting its type come back.
        var step = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts?cond.billingCity.eq=Lyon&add.field=accountType"));
        Assert.Contains("<option value=\"in\" data-operand=\"List\">est l'un de</option>", step, StringComparison.Ordinal);
        Assert.Contains("<select class=\"form-select form-select-sm\" id=\"add-value\" name=\"add.value\">", step, StringComparison.Ordinal);
        Assert.Contains("<option value=\"prospect\">Prospect</option>", step, StringComparison.Ordinal);
        var dates = WebUtility.HtmlDecode(await client.GetStringAsync("/contacts?add.field=birthday"));
        Assert.Contains("<option value=\"this-month\" data-operand=\"None\">ce mois-ci</option>", dates, StringComparison.Ordinal);
        Assert.Contains("type=\"date\"", dates, StringComparison.Ordinal);

        // Step 2: operator and value; the page goes to the list's address with the condition.
        var added = await client.GetAsync("/accounts?cond.billingCity.eq=Lyon&sort=name&add.field=employees&add.op=between&add.value=1&add.value2=10");
        Assert.Equal("/accounts?cond.billingCity.eq=Lyon&sort=name&cond.employees.between=1..10", WebUtility.UrlDecode(added.RequestMessage!.RequestUri!.PathAndQuery));
        Assert.Equal(["Boulangerie Dupont"], Rows(await added.Content.ReadAsStringAsync()));
        var grouped = await client.GetAsync("/accounts?add.field=assignedTo&add.op=me&add.group=or");
        Assert.Equal("/accounts?or.assignedTo.me=", WebUtility.UrlDecode(grouped.RequestMessage!.RequestUri!.PathAndQuery));
        Assert.Equal(3, Rows(await grouped.Content.ReadAsStringAsync()).Count);
        var team = await app.CreateTeamAsync("Ventes Sud");
        var byTeam = WebUtility.HtmlDecode(await client.GetStringAsync($"/accounts?cond.assignedTo.eq=team:{team}"));
        Assert.Contains("Assigné à est Ventes Sud", byTeam, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_condition_is_shown_in_error_never_ignored_nor_a_500(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await SeedAsync(app);

        var response = await client.GetAsync("/accounts?cond.employees.gt=beaucoup&cond.couleur.eq=bleu&cond.billingCity.eq=Paris");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("cond.employees.gt=beaucoup : Saisissez un nombre entier positif.", html, StringComparison.Ordinal);
        Assert.Contains("cond.couleur.eq=bleu : Champ inconnu : « couleur ».", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "condition-refused\" role=\"alert\""));
        Assert.Equal(["Agence Pixel"], Rows(html));

        var adding = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts?add.field=employees&add.op=gt&add.value=dix"));
        Assert.Contains("<p class=\"col-12 text-danger small mb-0\" id=\"add-error\" role=\"alert\">Saisissez un nombre entier positif.</p>", adding, StringComparison.Ordinal);
        Assert.Contains("value=\"dix\"", adding, StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Columns_choose_what_the_table_shows(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await SeedAsync(app);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts?columns=name&columns=employees&sort=billingCity"));
        var headers = Regex.Matches(html, "<th scope=\"col\"[\\s\\S]*?</th>").Select(m => Regex.Replace(m.Value, "<[^>]+>", "").Trim()).ToList();
        Assert.Equal(["Nom compte", "Effectif"], headers);
        Assert.Contains(">20<", html, StringComparison.Ordinal);
        Assert.Contains("<input class=\"form-check-input\" type=\"checkbox\" id=\"column-employees\" name=\"columns\" value=\"employees\" checked=\"checked\" />", html, StringComparison.Ordinal);
        Assert.Contains("columns=name,employees&sort=", html, StringComparison.Ordinal);
        var bad = WebUtility.HtmlDecode(await client.GetStringAsync("/accounts?columns=couleur"));
        Assert.Contains("Colonne inconnue : « couleur ».", bad, StringComparison.Ordinal);
    }
}
