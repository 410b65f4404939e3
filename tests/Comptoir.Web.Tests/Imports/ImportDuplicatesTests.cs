using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.MassActions;

namespace Comptoir.Web.Tests.Imports;

/// <summary>The import's duplicates step (option duplicates: {match, action}): « Ignorer », « Écraser », « Fusionner », and their undo.</summary>
public sealed class ImportDuplicatesTests
{
    // « Boulangerie Dupont SARL » is « Boulangerie Dupont » once its legal form is dropped; the last row repeats the first new one.
    private const string File = "Nom du compte;Ville (facturation);Téléphone\r\n"
        + "Boulangerie Dupont SARL;Quimper;01 42 68 53 00\r\n"
        + "Fromagerie Le Goff;Vannes;\r\n"
        + "FROMAGERIE LE GOFF;Lorient;\r\n";

    private static readonly string[] Names = ["name"];

    private static object Dup(string action, params string[] match) => new { match, action };

    private static readonly object[] Existing = [new { name = "Boulangerie Dupont", billingCity = "Brest" }];

    [Theory, ClassData(typeof(Databases))]
    public async Task Ignorer_leaves_a_duplicate_out_whether_it_exists_or_came_earlier_in_the_file(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountsAsync(Existing))[0];

        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(File), options: new { duplicates = Dup("skip", "name") });

        Assert.Equal((1, 0, 2, 0), (import.Count("created"), import.Count("updated"), import.Count("skipped"), import.Count("failed")));
        var accounts = await api.AccountsByNameAsync();
        Assert.Equal(["Boulangerie Dupont", "Fromagerie Le Goff"], accounts.Keys.Order());
        Assert.Equal("Vannes", accounts["Fromagerie Le Goff"]["billingCity"]!.GetValue<string>());
        var kept = await api.AccountAsync(dupont);
        Assert.Equal("Brest", kept["billingCity"]!.GetValue<string>());
        Assert.Single((await (await api.GetAsync($"{ApiHelpers.Accounts}/{dupont}/history")).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Ecraser_replaces_the_values_the_file_gives_and_the_undo_puts_them_back(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountsAsync(Existing))[0];

        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(File), options: new { duplicates = Dup("overwrite", "name") });

        Assert.Equal((1, 2, 0), (import.Count("created"), import.Count("updated"), import.Count("failed")));
        var overwritten = await api.AccountAsync(dupont);
        Assert.Equal("Quimper", overwritten["billingCity"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupont SARL", overwritten["name"]!.GetValue<string>());
        Assert.NotNull(overwritten["phone"]);
        var history = await (await api.GetAsync($"{ApiHelpers.Accounts}/{dupont}/history")).JsonAsync();
        Assert.Equal($"import-update:{import["id"]}", history["items"]![0]!["action"]!.GetValue<string>());
        // The file's second « Le Goff » overwrote the first one's city.
        Assert.Equal("Lorient", (await api.AccountsByNameAsync())["FROMAGERIE LE GOFF"]["billingCity"]!.GetValue<string>());

        var undo = await api.WaitForJobAsync(await api.PostAsync($"{ImportHelpers.Imports}/{import["id"]}/undo", null));

        Assert.Equal((1, 2, 0), (undo["counts"]!["deleted"]!.GetValue<int>(), undo["counts"]!["restored"]!.GetValue<int>(), undo["counts"]!["changed"]!.GetValue<int>()));
        var restored = await api.AccountAsync(dupont);
        Assert.Equal("Boulangerie Dupont", restored["name"]!.GetValue<string>());
        Assert.Equal("Brest", restored["billingCity"]!.GetValue<string>());
        Assert.Null(restored["phone"]);
        Assert.Equal(["Boulangerie Dupont"], (await api.AccountsByNameAsync()).Keys);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Fusionner_fills_only_the_empty_fields_and_the_undo_leaves_a_record_changed_since(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountsAsync(Existing))[0];

        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(File), options: new { duplicates = Dup("merge", "name") });

        // The second « Le Goff » finds nothing empty to fill: skipped.
        Assert.Equal((1, 1, 1), (import.Count("created"), import.Count("updated"), import.Count("skipped")));
        var merged = await api.AccountAsync(dupont);
        Assert.Equal("Brest", merged["billingCity"]!.GetValue<string>());
        Assert.Equal("Boulangerie Dupont", merged["name"]!.GetValue<string>());
        Assert.NotNull(merged["phone"]);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsJsonAsync($"{ApiHelpers.Accounts}/{dupont}", new { billingCity = "Morlaix" })).StatusCode);

        var undo = await api.WaitForJobAsync(await api.PostAsync($"{ImportHelpers.Imports}/{import["id"]}/undo", null));

        Assert.Equal((1, 0, 1), (undo["counts"]!["deleted"]!.GetValue<int>(), undo["counts"]!["restored"]!.GetValue<int>(), undo["counts"]!["changed"]!.GetValue<int>()));
        var report = undo["refusals"]!.AsArray().Single()!;
        Assert.Contains("Modifié depuis l'import", report["reason"]!.GetValue<string>());
        var left = await api.AccountAsync(dupont);
        Assert.Equal("Morlaix", left["billingCity"]!.GetValue<string>());
        Assert.NotNull(left["phone"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_dry_run_counts_what_would_be_updated_and_writes_nothing(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var dupont = (await api.CreateAccountsAsync(Existing))[0];

        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(File), options: new { dryRun = true, duplicates = Dup("overwrite", "name") });

        Assert.Equal((2, 1, 0), (import.Count("created"), import.Count("updated"), import.Count("failed")));
        Assert.Equal("Brest", (await api.AccountAsync(dupont))["billingCity"]!.GetValue<string>());
        Assert.Equal(["Boulangerie Dupont"], (await api.AccountsByNameAsync()).Keys);
    }

    [Fact]
    public async Task Bad_duplicates_options_are_named_under_their_key_and_nothing_starts()
    {
        await using var app = await TestApp.StartAsync(Db.Sqlite);
        var api = await app.ApiClientAsync();
        var file = Encoding.UTF8.GetBytes(File);

        async Task<JsonObject> ErrorsAsync(object duplicates)
        {
            var response = await api.PostImportAsync(file, options: new { duplicates });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, System.Text.Json.JsonSerializer.Serialize(duplicates));
            return (await response.JsonAsync())["errors"]!.AsObject();
        }

        Assert.Contains("Action inconnue", (await ErrorsAsync(Dup("replace", "name")))["options.duplicates.action"]![0]!.GetValue<string>());
        Assert.Contains("de 1 à 3 champs", (await ErrorsAsync(Dup("skip")))["options.duplicates.match"]![0]!.GetValue<string>());
        Assert.Contains("ne sert pas à reconnaître", (await ErrorsAsync(Dup("skip", "industry")))["options.duplicates.match"]![0]!.GetValue<string>());
        Assert.Contains("ne reçoit aucune colonne", (await ErrorsAsync(Dup("skip", "siret")))["options.duplicates.match"]![0]!.GetValue<string>());
        Assert.Contains("Option inconnue", (await ErrorsAsync(new { match = Names, action = "skip", also = 1 }))["options.duplicates.also"]![0]!.GetValue<string>());
        Assert.Empty(await api.AccountsByNameAsync());
    }
}
