using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Comptoir.Web.Tests.Search.SearchWorld;

namespace Comptoir.Web.Tests.Search;

/// <summary>GET /api/v1/search: each kind of query a user types, as the issue lists them, on both databases.</summary>
public sealed class GlobalSearchApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_word_is_found_from_its_start_anywhere_in_the_name_whatever_its_case_and_accents(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);

        Assert.Equal([Name(world.Pixel)], await AccountsAsync(api, "Pixel"));
        Assert.Equal([Name(world.Pixel)], await AccountsAsync(api, "pap"));
        Assert.Equal([Name(world.Lefevre)], await AccountsAsync(api, "Lefèvre"));
        Assert.Equal([Name(world.Lefevre)], await AccountsAsync(api, "LEFEVRE"));
        Assert.Equal([Name(world.Lefevre)], await AccountsAsync(api, "presqu'ile"));
        Assert.Empty(await AccountsAsync(api, "ixel"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Several_words_match_in_any_order_and_legal_forms_do_not_count(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);

        Assert.Equal([Name(world.Dupont)], await AccountsAsync(api, "sarl boulangerie dupont"));
        Assert.Equal([Name(world.Dupont)], await AccountsAsync(api, "DUPONT Boul"));
        Assert.Equal([Name(world.Dupont)], await AccountsAsync(api, "boulangerie dupont SA"));
        Assert.Equal([Name(world.Dupont), Name(world.Lefevre)], await AccountsAsync(api, "boulangerie"));
        Assert.Equal([Name(world.Lefevre)], await AccountsAsync(api, "île boulangerie"));
        Assert.Empty(await AccountsAsync(api, "boulangerie pixel"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_record_number_is_found_whole_or_by_its_number_and_a_ledger_code_finds_its_ledger_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);
        var number = world.Dupont["number"]!.GetValue<string>();

        Assert.Equal([Name(world.Dupont)], await AccountsAsync(api, number));
        Assert.Equal([Name(world.Dupont)], await AccountsAsync(api, number.ToLowerInvariant()));
        var digits = long.Parse(number[(number.IndexOf('-', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(Name(world.Dupont), await AccountsAsync(api, digits.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var ledgerId = world.Pixel["ledgerAccount"]!.GetValue<long>();
        var code = (await (await api.GetAsync($"/api/v1/ledger-accounts/{ledgerId}")).JsonAsync())["code"]!.GetValue<string>();
        var found = await SearchAsync(api, code);
        Assert.Single(found["ledger-accounts"]);
        Assert.StartsWith(code, found["ledger-accounts"][0], StringComparison.Ordinal);
        Assert.Contains(found["ledger-accounts"][0], (await SearchAsync(api, code[..4]))["ledger-accounts"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_siret_typed_with_spaces_finds_its_establishment_and_a_siren_finds_every_one(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);

        Assert.Equal([Name(world.HeadOffice)], await AccountsAsync(api, "443 121 975 00017"));
        Assert.Equal([Name(world.Branch)], await AccountsAsync(api, "44312197500025"));
        Assert.Equal([Name(world.HeadOffice), Name(world.Branch)], await AccountsAsync(api, "443121975"));
        Assert.Equal([Name(world.HeadOffice), Name(world.Branch)], await AccountsAsync(api, "443 121 975"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_email_finds_its_record_and_a_domain_finds_everyone_at_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);

        var byEmail = await SearchAsync(api, "jean@dupont.fr");
        Assert.Equal([Name(world.Dupont)], byEmail["accounts"]);
        Assert.False(byEmail.ContainsKey("contacts"));
        var byDomain = await SearchAsync(api, "@dupont.fr");
        Assert.Equal([Name(world.Dupont)], byDomain["accounts"]);
        Assert.Equal(["Jean Dupont"], byDomain["contacts"]);
        Assert.Equal([Name(world.Pixel)], await AccountsAsync(api, "CONTACT@Pixel-Papier.fr"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_phone_number_typed_in_any_format_is_matched_on_its_e164_form(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);

        foreach (var typed in new[] { "01 42 68 53 00", "+33142685300", "0142685300", "+33 1 42 68 53 00", "01.42.68.53.00" })
            Assert.Equal([Name(world.Pixel)], await AccountsAsync(api, typed));
        Assert.Equal(["Jean Dupont"], (await SearchAsync(api, "06 12 34 56 78"))["contacts"]);
        Assert.Empty(await AccountsAsync(api, "01 42 68 53 01"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Each_hit_has_its_number_its_link_and_a_line_that_says_what_matched(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);

        var response = await (await api.GetAsync("/api/v1/search?q=0142685300")).JsonAsync();
        var hit = response["groups"]!.AsArray().Single(g => g!["module"]!.GetValue<string>() == "accounts")!["hits"]!.AsArray().Single()!;
        Assert.Equal(world.Pixel["number"]!.GetValue<string>(), hit["number"]!.GetValue<string>());
        Assert.Equal($"/accounts/{world.Pixel["id"]}", hit["url"]!.GetValue<string>());
        Assert.Equal("Téléphone : 01 42 68 53 00", hit["context"]!.GetValue<string>());
        Assert.Equal("Comptes clients", response["groups"]![0]!["label"]!.GetValue<string>());

        var byCity = await (await api.GetAsync("/api/v1/search?q=lyon")).JsonAsync();
        Assert.Equal("Ville (facturation) : Lyon", byCity["groups"]![0]!["hits"]![0]!["context"]!.GetValue<string>());
        var byDomain = await (await api.GetAsync("/api/v1/search?q=@dupont.fr")).JsonAsync();
        var contactHit = byDomain["groups"]!.AsArray().Single(g => g!["module"]!.GetValue<string>() == "contacts")!["hits"]![0]!;
        Assert.Equal("Email : jean.dupont@dupont.fr", contactHit["context"]!.GetValue<string>());
        Assert.Equal(world.Jean["number"]!.GetValue<string>(), contactHit["number"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Private_records_of_others_never_show_and_limit_caps_each_module(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("marie", "Marie Curie");
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
        var admin = await app.ApiClientAsync();
        var hers = await app.ApiClientAsync("marie", ApiHelpers.UserPassword);
        await admin.CreateAccountAsync(new { name = "Secret Boulangerie", phone = "01 42 68 53 99" });
        await hers.CreateAccountAsync(new { name = "Boulangerie de Marie" });

        Assert.Equal(["Boulangerie de Marie"], await AccountsAsync(hers, "boulangerie"));
        Assert.Empty(await SearchAsync(hers, "secret"));
        Assert.Empty(await SearchAsync(hers, "0142685399"));
        Assert.Equal(["Boulangerie de Marie", "Secret Boulangerie"], await AccountsAsync(admin, "boulangerie"));

        var one = await (await admin.GetAsync("/api/v1/search?q=boulangerie&limit=1")).JsonAsync();
        Assert.Single(one["groups"]![0]!["hits"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task An_edit_a_deletion_and_a_restore_keep_the_index_in_step(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var world = await CreateAsync(api);
        var url = $"/api/v1/accounts/{world.Pixel["id"]}";

        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync(url, new { name = "Studio Grenadine", phone = "04 78 00 00 01" })).StatusCode);
        Assert.Empty(await AccountsAsync(api, "pixel"));
        Assert.Empty(await AccountsAsync(api, "0142685300"));
        Assert.Equal(["Studio Grenadine"], await AccountsAsync(api, "grenadine studio"));
        Assert.Equal(["Studio Grenadine"], await AccountsAsync(api, "04 78 00 00 01"));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(url)).StatusCode);
        Assert.Empty(await AccountsAsync(api, "grenadine"));
        Assert.True((await api.PostAsync($"/api/v1/recycle-bin/accounts/{world.Pixel["id"]}/restore", null)).IsSuccessStatusCode);
        Assert.Equal(["Studio Grenadine"], await AccountsAsync(api, "grenadine"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Bad_input_is_a_problem_naming_the_parameter(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();

        foreach (var (query, key) in new[] { ("", "q"), ("?q=", "q"), ("?q=%20%20", "q"), ("?q=a&limit=0", "limit"), ("?q=a&limit=abc", "limit"),
                     ("?q=a&limit=51", "limit"), ("?q=a&sort=name", "sort"), ("?q=%00", "q"), ("?q=" + new string('a', 201), "q") })
        {
            var response = await api.GetAsync("/api/v1/search" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.ProblemErrorsAsync()).ContainsKey(key), query);
        }
        var english = await app.ApiClientAsync(language: "en");
        var problem = await (await english.GetAsync("/api/v1/search?limit=x&q=a")).ProblemErrorsAsync();
        Assert.Equal("“limit” must be a whole number between 1 and 50.", problem["limit"].Single());
        Assert.Empty((await (await api.GetAsync("/api/v1/search?q=zzzz")).JsonAsync())["groups"]!.AsArray());
    }
}
