using System.Net;
using System.Net.Http.Json;
using Comptoir.Core.Accounting;
using Comptoir.Data;
using Comptoir.Data.Accounting;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Accounting;

public sealed class LedgerCodeGenerationTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_account_saved_without_ledger_account_gets_one_labelled_with_its_name(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var (accountId, ledger) = await client.CreateAccountWithLedgerAsync(new { name = "Société Générale d'Équipement" });

        Assert.Equal("411SOCIETEG", ledger["code"]!.GetValue<string>());
        Assert.Equal("Société Générale d'Équipement", ledger["label"]!.GetValue<string>());
        Assert.Equal("411000", ledger["collectiveAccount"]!.GetValue<string>());
        Assert.Equal("customer", ledger["kind"]!.GetValue<string>());
        Assert.True(ledger["active"]!.GetValue<bool>());
        var read = await (await client.GetAsync($"{ApiHelpers.Accounts}/{accountId}")).JsonAsync();
        Assert.Equal(ledger["id"]!.GetValue<long>(), read["ledgerAccount"]!.GetValue<long>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Clashes_get_a_numeric_suffix_that_keeps_the_length(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var codes = new List<string>();
        for (var i = 0; i < 12; i++) codes.Add(await client.CodeOfNewAccountAsync("Société Générale d'Équipement"));

        Assert.Equal(["411SOCIETEG", "411SOCIETE1", "411SOCIETE2", "411SOCIETE3", "411SOCIETE4", "411SOCIETE5",
            "411SOCIETE6", "411SOCIETE7", "411SOCIETE8", "411SOCIETE9", "411SOCIET10", "411SOCIET11"], codes);
        Assert.Equal("411ABC", await client.CodeOfNewAccountAsync("A.B.C."));
        Assert.Equal("411ABC1", await client.CodeOfNewAccountAsync("abc"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Names_that_share_a_stem_share_its_suffixes_and_never_get_the_same_code(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var martin = new List<string>();
        for (var i = 0; i < 11; i++) martin.Add(await client.CodeOfNewAccountAsync("Garage Martin"));
        var petit = new List<string>();
        for (var i = 0; i < 12; i++) petit.Add(await client.CodeOfNewAccountAsync("Garage Petit"));

        Assert.Equal(["411GARAGEMA", "411GARAGEM1", "411GARAGEM9", "411GARAGE10"], [martin[0], martin[1], martin[9], martin[10]]);
        // From 10 on, both names' suffixes replace « MA » and « PE » alike: 411GARAGE10 is Martin's, Petit goes on at 11.
        Assert.Equal(["411GARAGEPE", "411GARAGEP1", "411GARAGEP9", "411GARAGE11", "411GARAGE12"], [petit[0], petit[1], petit[9], petit[10], petit[11]]);
        Assert.Equal(23, martin.Concat(petit).Distinct().Count());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Past_a_thousand_clashes_a_save_still_takes_the_first_free_code(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        // 1,200 codes already given for this name but the 6th (« 411SOCIETE5 »): a gap left by codes typed by hand.
        var given = LedgerCodeGenerator.Candidates(LedgerCodeRule.Default, "SOCIETEG").Take(1200).Where((_, i) => i != 5).ToList();
        using (var scope = app.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            context.LedgerCodes.AddRange(given.Select(c => new LedgerCode { Code = c, ClaimedAt = DateTime.UtcNow }));
            await context.SaveChangesAsync();
        }

        var codes = new List<string>();
        for (var i = 0; i < 3; i++) codes.Add(await client.CodeOfNewAccountAsync("Société Générale d'Équipement"));

        Assert.Equal(["411SOCIETE5", "411SOCI1200", "411SOCI1201"], codes);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_chosen_ledger_account_is_kept_and_an_emptied_one_is_generated_on_edit(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var manual = await client.PostJsonAsync(LedgerHelpers.LedgerAccounts, new { code = "401acme", label = "ACME fournisseur", kind = "supplier" });
        Assert.Equal(HttpStatusCode.Created, manual.StatusCode);
        var manualLedger = await manual.JsonAsync();
        Assert.Equal("401ACME", manualLedger["code"]!.GetValue<string>());
        Assert.Equal("411000", manualLedger["collectiveAccount"]!.GetValue<string>());

        var account = await client.CreateAccountAsync(new { name = "Acme", ledgerAccount = manualLedger["id"]!.GetValue<long>() });
        Assert.Equal(manualLedger["id"]!.GetValue<long>(), account["ledgerAccount"]!.GetValue<long>());
        Assert.Single((await (await client.GetAsync(LedgerHelpers.LedgerAccounts)).JsonAsync())["items"]!.AsArray());

        var emptied = await client.PatchJsonAsync($"{ApiHelpers.Accounts}/{account["id"]}", new { ledgerAccount = (long?)null });
        Assert.Equal(HttpStatusCode.OK, emptied.StatusCode);
        var generatedId = (await emptied.JsonAsync())["ledgerAccount"]!.GetValue<long>();
        Assert.NotEqual(manualLedger["id"]!.GetValue<long>(), generatedId);
        Assert.Equal("411ACME", (await client.LedgerAsync(generatedId))["code"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_rule_changed_through_the_api_applies_to_the_next_save(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var initial = await (await client.GetAsync(LedgerHelpers.Rule)).JsonAsync();
        Assert.Equal("""{"prefix":"411","source":"name","length":8,"example":"411SOCIETEG"}""", initial.ToJsonString());
        Assert.Equal("411DURAND", await client.CodeOfNewAccountAsync("Durand"));

        var put = await client.PutAsJsonAsync(LedgerHelpers.Rule, new { prefix = "c", source = "number", length = 4 });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("""{"prefix":"C","source":"number","length":4,"example":"C0042"}""", (await put.JsonAsync()).ToJsonString());
        Assert.Equal("C0002", await client.CodeOfNewAccountAsync("Durand")); // account CPT-000002

        await client.PutAsJsonAsync(LedgerHelpers.Rule, new { prefix = "", source = "name", length = 5 });
        Assert.Equal("DURAN", await client.CodeOfNewAccountAsync("Durand"));
        Assert.Equal("{\"prefix\":\"\",\"source\":\"name\",\"length\":5,\"example\":\"SOCIE\"}",
            (await (await client.GetAsync(LedgerHelpers.Rule)).JsonAsync()).ToJsonString());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_bad_rule_is_refused_field_by_field_and_only_an_admin_changes_it(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var admin = await app.ApiClientAsync();
        await app.CreateUserAsync("cmartin", "Claire Martin");
        var claire = await app.ApiClientAsync("cmartin", ApiHelpers.UserPassword);

        var bad = await admin.PutAsJsonAsync(LedgerHelpers.Rule, new { prefix = "41-1", source = "siret", length = 30, color = "red" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = await bad.ProblemErrorsAsync();
        Assert.Equal(["Le préfixe ne peut contenir que des lettres sans accent et des chiffres."], errors["prefix"]);
        Assert.Equal(["Choisissez la source du code : le nom du compte (name) ou son numéro (number)."], errors["source"]);
        Assert.Equal(["La longueur doit être comprise entre 3 et 20."], errors["length"]);
        Assert.Equal(["Champ inconnu : « color »."], errors["color"]);

        var tooLong = await admin.PutAsJsonAsync(LedgerHelpers.Rule, new { prefix = "4110000000", length = "douze" });
        Assert.Equal(["Un nombre entier est attendu."], (await tooLong.ProblemErrorsAsync())["length"]);
        var sum = await admin.PutAsJsonAsync(LedgerHelpers.Rule, new { prefix = "41100000000000", length = 8 });
        Assert.Equal(["Préfixe et longueur réunis dépassent 20 caractères : raccourcissez l'un ou l'autre (au plus 6 ici)."],
            (await sum.ProblemErrorsAsync())["length"]);

        var refused = await claire.PutAsJsonAsync(LedgerHelpers.Rule, new { prefix = "9" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("411", (await (await claire.GetAsync(LedgerHelpers.Rule)).JsonAsync())["prefix"]!.GetValue<string>());
        Assert.Equal("411MARTIN", await claire.CodeOfNewAccountAsync("Martin"));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Twenty_concurrent_saves_with_the_same_name_get_twenty_distinct_codes(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostJsonAsync(ApiHelpers.Accounts, new { name = "Dupont & Fils" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ledgerIds = new List<long>();
        foreach (var response in responses) ledgerIds.Add((await response.JsonAsync())["ledgerAccount"]!.GetValue<long>());
        var codes = new List<string>();
        foreach (var id in ledgerIds) codes.Add((await client.LedgerAsync(id))["code"]!.GetValue<string>());
        Assert.Equal(20, codes.Distinct().Count());
        Assert.Contains("411DUPONTFI", codes);
        Assert.All(codes, c => Assert.Matches("^411(DUPONTFI|DUPONTF[1-9]|DUPONT1[0-9])$", c));
    }
}
