using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Lists;

/// <summary>?cond.&lt;field&gt;.&lt;operator&gt;= and ?or.… on GET /api/v1/{module}: every operator, on columns and custom fields.</summary>
public sealed class ListConditionsApiTests
{
    private const string Fields = "/api/v1/metadata/accounts/fields";
    private const string Contacts = "/api/v1/contacts";
    private static readonly string[] VinPain = ["vin", "pain"], Fromage = ["fromage"];

    /// <summary>Four accounts (one Marie's, one her team's) with custom fields of each kind.</summary>
    private sealed record World(TestApp App, HttpClient Admin, HttpClient Marie, long Dupont, long Pixel, long Dupuis, long Zola);

    private static async Task<World> SeedAsync(TestApp app)
    {
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var team = await app.CreateTeamAsync("Ventes Sud", marie);
        var admin = await app.ApiClientAsync();
        foreach (var (type, label, values) in new[]
                 {
                     ("text", "Code", (string[]?)null), ("integer", "Score", null), ("date", "Depuis", null), ("checkbox", "Actif", null),
                     ("picklist", "Niveau", ["Bronze", "Argent", "Or"]), ("multipicklist", "Centres", ["Vin", "Fromage", "Pain"]),
                 })
        {
            var created = await admin.PostJsonAsync(Fields, values is null ? new { type, label, block = "details" } : new { type, label, block = "details", values });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }
        var today = Today();
        var dupont = await admin.CreateAccountAsync(new Dictionary<string, object?>
        {
            ["name"] = "Boulangerie Dupont", ["billingCity"] = "Lyon", ["accountType"] = "customer", ["employees"] = 5, ["annualRevenue"] = 120000.50m,
            ["cf_code"] = "ALPHA-1", ["cf_score"] = 10, ["cf_depuis"] = today.ToString("yyyy-MM-dd"), ["cf_actif"] = true, ["cf_niveau"] = "or",
            ["cf_centres"] = VinPain,
        });
        var pixel = await admin.CreateAccountAsync(new Dictionary<string, object?>
        {
            ["name"] = "Agence Pixel", ["billingCity"] = "Paris", ["accountType"] = "prospect", ["employees"] = 20, ["annualRevenue"] = 900000,
            ["doNotEmail"] = true, ["website"] = "https://pixel.fr", ["parentAccount"] = dupont["id"]!.GetValue<long>(),
            ["cf_code"] = "beta-2", ["cf_score"] = 30, ["cf_depuis"] = today.AddDays(-40).ToString("yyyy-MM-dd"), ["cf_niveau"] = "argent",
            ["cf_centres"] = Fromage,
        });
        var dupuis = await admin.CreateAccountAsync(new Dictionary<string, object?>
        {
            ["name"] = "Dupuis Frères", ["billingCity"] = "Lyon", ["accountType"] = "customer", ["assignedTo"] = new { type = "team", id = team },
            ["cf_score"] = 20,
        });
        var zola = await admin.CreateAccountAsync(new Dictionary<string, object?>
        {
            ["name"] = "Éditions Zola", ["billingCity"] = "Nantes", ["accountType"] = "partner", ["employees"] = 50, ["annualRevenue"] = 50000,
            ["assignedTo"] = new { type = "user", id = marie }, ["cf_code"] = "Alpha-3", ["cf_depuis"] = "2020-01-15",
        });
        return new World(app, admin, await app.ApiClientAsync("marie", ApiHelpers.UserPassword),
            Id(dupont), Id(pixel), Id(dupuis), Id(zola));
    }

    private static long Id(JsonObject record) => record["id"]!.GetValue<long>();

    private static DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));

    /// <summary>The names a filtered list answers, every page walked (two rows a page, so keyset paging is crossed).</summary>
    private static async Task<List<string>> NamesAsync(HttpClient client, string query, string module = ApiHelpers.Accounts)
    {
        var names = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var response = await client.GetAsync($"{module}?{query}&limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var page = await response.JsonAsync();
            names.AddRange(page["items"]!.AsArray().Select(i => (i!["name"] ?? i["fullName"])!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            Assert.True(++pages < 20, "the cursor never ends");
        } while (cursor is not null);
        return names;
    }

    private static async Task AssertMatches(HttpClient client, string query, params string[] expected) =>
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await NamesAsync(client, query)).Order(StringComparer.Ordinal));

    [Theory, ClassData(typeof(Databases))]
    public async Task Text_number_money_checkbox_picklist_reference_and_owner_operators_narrow_the_list(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SeedAsync(app);
        var c = w.Admin;
        const string dupont = "Boulangerie Dupont", pixel = "Agence Pixel", dupuis = "Dupuis Frères", zola = "Éditions Zola";

        // Text: contient / commence par ignore case (and accents on a name, through its folded key); est is exact.
        await AssertMatches(c, "cond.name.contains=DUP", dupont, dupuis);
        await AssertMatches(c, "cond.name.starts=dup", dupuis);
        await AssertMatches(c, "cond.name.starts=edit", zola);
        await AssertMatches(c, "cond.billingCity.contains=yo", dupont, dupuis);
        await AssertMatches(c, "cond.billingCity.starts=PA", pixel);
        await AssertMatches(c, "cond.billingCity.eq=Lyon", dupont, dupuis);
        await AssertMatches(c, "cond.website.empty=1", dupont, dupuis, zola);
        // Numbers and money: =, <, >, entre (both ends included), est vide.
        await AssertMatches(c, "cond.employees.eq=20", pixel);
        await AssertMatches(c, "cond.employees.lt=20", dupont);
        await AssertMatches(c, "cond.employees.gt=5", pixel, zola);
        await AssertMatches(c, "cond.employees.between=5..20", dupont, pixel);
        await AssertMatches(c, "cond.employees.empty=", dupuis);
        await AssertMatches(c, "cond.annualRevenue.gt=100000", dupont, pixel);
        await AssertMatches(c, "cond.annualRevenue.lt=100 000,00", zola);
        await AssertMatches(c, "cond.annualRevenue.between=50000..120000,50", dupont, zola);
        await AssertMatches(c, "cond.annualRevenue.eq=900000", pixel);
        await AssertMatches(c, "cond.annualRevenue.empty=1", dupuis);
        // Checkbox, picklist (a list, comma-separated or repeated), reference, owner.
        await AssertMatches(c, "cond.doNotEmail.eq=oui", pixel);
        await AssertMatches(c, "cond.doNotEmail.eq=false", dupont, dupuis, zola);
        await AssertMatches(c, "cond.accountType.in=prospect,partner", pixel, zola);
        await AssertMatches(c, "cond.accountType.in=prospect&cond.accountType.in=Partenaire", pixel, zola);
        await AssertMatches(c, $"cond.parentAccount.eq={w.Dupont}", pixel);
        await AssertMatches(c, "cond.parentAccount.empty=1", dupont, dupuis, zola);
        await AssertMatches(c, "cond.assignedTo.me=1", dupont, pixel);
        await AssertMatches(w.Marie, "cond.assignedTo.me=1", zola);
        await AssertMatches(w.Marie, "cond.assignedTo.my-teams=1", dupuis);
        await AssertMatches(c, "cond.assignedTo.my-teams=1");
        var team = (await (await c.GetAsync($"{ApiHelpers.Accounts}/{w.Dupuis}")).JsonAsync())["assignedTo"]!["id"]!.GetValue<int>();
        await AssertMatches(c, $"cond.assignedTo.eq=team:{team}", dupuis);
        // Conditions add up (ET), with the search and a sort on another column.
        await AssertMatches(c, "cond.billingCity.eq=Lyon&cond.employees.empty=1", dupuis);
        // « du » starts a word of both « Boulangerie Dupont » and « Dupuis Frères »: the condition keeps one.
        await AssertMatches(c, "q=du", dupont, dupuis);
        await AssertMatches(c, "q=du&cond.employees.empty=1", dupuis);
        Assert.Equal([zola, dupont], await NamesAsync(c, "cond.cf_code.contains=a&or.billingCity.eq=Lyon&or.employees.gt=40&sort=billingCity&order=desc"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Custom_fields_take_the_operators_of_their_type(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SeedAsync(app);
        var c = w.Admin;
        const string dupont = "Boulangerie Dupont", pixel = "Agence Pixel", dupuis = "Dupuis Frères", zola = "Éditions Zola";
        var today = Today();

        await AssertMatches(c, "cond.cf_code.contains=alpha", dupont, zola);
        await AssertMatches(c, "cond.cf_code.starts=be", pixel);
        await AssertMatches(c, "cond.cf_code.eq=ALPHA-1", dupont);
        await AssertMatches(c, "cond.cf_code.empty=1", dupuis);
        await AssertMatches(c, "cond.cf_score.eq=20", dupuis);
        await AssertMatches(c, "cond.cf_score.lt=20", dupont);
        await AssertMatches(c, "cond.cf_score.gt=10", pixel, dupuis);
        await AssertMatches(c, "cond.cf_score.between=10..20", dupont, dupuis);
        await AssertMatches(c, "cond.cf_score.empty=1", zola);
        await AssertMatches(c, $"cond.cf_depuis.eq={today:dd/MM/yyyy}", dupont);
        await AssertMatches(c, "cond.cf_depuis.lt=2021-01-01", zola);
        await AssertMatches(c, "cond.cf_depuis.gt=2021-01-01", dupont, pixel);
        await AssertMatches(c, $"cond.cf_depuis.between=2020-01-15..{today.AddDays(-1):yyyy-MM-dd}", pixel, zola);
        await AssertMatches(c, "cond.cf_depuis.empty=1", dupuis);
        await AssertMatches(c, "cond.cf_depuis.this-month=1", dupont);
        await AssertMatches(c, "cond.cf_depuis.last-30-days=1", dupont);
        await AssertMatches(c, "cond.cf_actif.eq=oui", dupont);
        await AssertMatches(c, "cond.cf_actif.eq=non", pixel, dupuis, zola);
        await AssertMatches(c, "cond.cf_niveau.in=or,argent", dupont, pixel);
        await AssertMatches(c, "cond.cf_niveau.empty=1", dupuis, zola);
        await AssertMatches(c, "cond.cf_centres.in=pain,fromage", dupont, pixel);
        await AssertMatches(c, "cond.cf_centres.in=vin", dupont);
        await AssertMatches(c, "cond.cf_centres.empty=1", dupuis, zola);
        // Sorted by a custom field while filtered by a condition on another: keyset pages stay whole.
        Assert.Equal([pixel, dupuis], await NamesAsync(c, "cond.cf_score.gt=10&sort=cf_score&order=desc"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Dates_of_a_standard_column_filter_by_value_and_period(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var today = Today();
        var days = new Dictionary<string, DateOnly?>
        {
            ["Aujourd'hui"] = today, ["Vingt"] = today.AddDays(-20), ["Quarante"] = today.AddDays(-40),
            ["Premier"] = new DateOnly(today.Year, today.Month, 1), ["Ancien"] = new DateOnly(1980, 5, 17), ["Sans"] = null,
        };
        foreach (var (name, day) in days)
        {
            var created = await client.PostJsonAsync(Contacts, new { lastName = name, birthday = day?.ToString("yyyy-MM-dd") });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        }
        async Task Expect(string query, Func<DateOnly, bool> rule, bool empty = false) =>
            Assert.Equal(days.Where(d => d.Value is { } v ? rule(v) : empty).Select(d => d.Key).Order(StringComparer.Ordinal),
                (await NamesAsync(client, query, Contacts)).Order(StringComparer.Ordinal));

        await Expect("cond.birthday.eq=17/05/1980", d => d == new DateOnly(1980, 5, 17));
        await Expect($"cond.birthday.lt={today.AddDays(-20):yyyy-MM-dd}", d => d < today.AddDays(-20));
        await Expect($"cond.birthday.gt={today.AddDays(-20):yyyy-MM-dd}", d => d > today.AddDays(-20));
        await Expect($"cond.birthday.between={today.AddDays(-40):yyyy-MM-dd}..{today.AddDays(-20):yyyy-MM-dd}", d => d >= today.AddDays(-40) && d <= today.AddDays(-20));
        await Expect("cond.birthday.empty=1", _ => false, empty: true);
        await Expect("cond.birthday.this-month=1", d => d.Year == today.Year && d.Month == today.Month);
        await Expect("cond.birthday.last-30-days=1", d => d >= today.AddDays(-29) && d <= today);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task The_or_group_matches_any_of_its_conditions_and_the_rest_still_all_hold(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SeedAsync(app);

        await AssertMatches(w.Admin, "or.billingCity.eq=Paris&or.employees.gt=40", "Agence Pixel", "Éditions Zola");
        await AssertMatches(w.Admin, "or.billingCity.eq=Paris&or.employees.gt=40&cond.accountType.in=partner", "Éditions Zola");
        await AssertMatches(w.Admin, "or.cf_niveau.in=or&or.cf_score.eq=20&cond.billingCity.eq=Lyon", "Boulangerie Dupont", "Dupuis Frères");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_private_record_of_another_user_never_matches(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SeedAsync(app);
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);

        await AssertMatches(w.Marie, "cond.billingCity.eq=Lyon", "Dupuis Frères");
        await AssertMatches(w.Marie, "or.name.contains=a&or.cf_score.gt=0", "Dupuis Frères", "Éditions Zola");
        await AssertMatches(w.Marie, "cond.assignedTo.eq=user:1");
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_conditions_answer_400_naming_the_parameter(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SeedAsync(app);

        foreach (var parameter in new[]
                 {
                     "cond.nope.eq=1", "cond.employees.contains=3", "cond.employees.gt=beaucoup", "cond.annualRevenue.between=10",
                     "cond.cf_depuis.eq=31/02/2026", "cond.accountType.in=martien", "or.assignedTo.eq=robot:1", "cond.name.eq=",
                     "cond.name=Dupont", "cond.description.starts=x&cond.cf_score.lt=x1",
                 })
        {
            var response = await w.Admin.GetAsync($"{ApiHelpers.Accounts}?{parameter}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{parameter}: {(int)response.StatusCode}");
            var errors = await response.ProblemErrorsAsync();
            var expected = parameter.Split('&').Select(p => p.Split('=')[0]).Where(p => p != "cond.description.starts");
            Assert.Equal(expected, errors.Keys);
            Assert.All(errors.Values, messages => Assert.NotEmpty(messages[0]));
        }
        // A read saves nothing: its problem says which parameters to correct, not « Rien n'a été enregistré ».
        var refused = await (await w.Admin.GetAsync($"{ApiHelpers.Accounts}?cond.employees.gt=abc")).ProblemAsync();
        Assert.Equal("Corrigez les paramètres signalés.", refused["detail"]!.GetValue<string>());
        var request = new HttpRequestMessage(HttpMethod.Get, $"{ApiHelpers.Accounts}?cond.employees.contains=3");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var english = await w.Admin.SendAsync(request);
        Assert.Contains("choose one of these: eq, lt, gt, between, empty", (await english.ProblemErrorsAsync())["cond.employees.contains"][0], StringComparison.Ordinal);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Columns_choose_the_fields_each_item_carries(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var w = await SeedAsync(app);

        var page = await (await w.Admin.GetAsync($"{ApiHelpers.Accounts}?columns=name,billingCity&cond.employees.gt=5")).JsonAsync();
        var items = page["items"]!.AsArray().Select(i => i!.AsObject()).ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal(["id", "name", "billingCity", "createdAt", "updatedAt"], i.Select(p => p.Key)));
        var bad = await w.Admin.GetAsync($"{ApiHelpers.Accounts}?columns=name,couleur");
        Assert.Equal(["columns"], (await bad.ProblemErrorsAsync()).Keys);
    }
}
