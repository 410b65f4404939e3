using System.Text;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.MassActions;

namespace Comptoir.Web.Tests.Imports;

public sealed class ImportLookupsTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Contacts_are_linked_to_their_account_by_number_siret_or_exact_name_and_owners_by_name(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var marie = await app.CreateUserAsync("marie", "Marie Curie");
        var team = await app.CreateTeamAsync("Équipe Ouest", marie);
        var api = await app.ApiClientAsync();
        var dupont = await api.CreateAccountAsync(new { name = "Boulangerie Dupont SARL" });
        var pixel = await api.CreateAccountAsync(new { name = "Agence Pixel & Papier", siret = "73282932000074" });
        var lefevre = await api.CreateAccountAsync(new { name = "Boulangerie Lefèvre" });
        await api.CreateAccountAsync(new { name = "Homonyme" });
        await api.CreateAccountAsync(new { name = "Homonyme" });
        var file =
            "Prénom;Nom;Nom du compte;Assigné à\r\n" +
            $"Jean;Martin;{dupont["number"]};marie curie\r\n" +
            "Léa;Bernard;732 829 320 00074;Équipe Ouest\r\n" +
            "Luc;Petit;boulangerie lefevre;\r\n" +
            "Zoé;Roux;Inconnue SA;\r\n" +
            "Noé;Moreau;Homonyme;\r\n" +
            "Ana;Leroy;;Personne\r\n";

        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(file), module: "contacts");

        Assert.Equal("account", import["options"]!["mapping"]!["Nom du compte"]!.GetValue<string>());
        Assert.Equal(3, import.Count("created"));
        Assert.Equal(3, import.Count("failed"));
        var contacts = (await (await api.GetAsync("/api/v1/contacts?limit=100")).JsonAsync())["items"]!.AsArray()
            .Select(c => c!.AsObject()).ToDictionary(c => c["lastName"]!.GetValue<string>());
        Assert.Equal(["Bernard", "Martin", "Petit"], contacts.Keys.Order());
        var martin = await (await api.GetAsync($"/api/v1/contacts/{contacts["Martin"]["id"]}")).JsonAsync();
        var bernard = await (await api.GetAsync($"/api/v1/contacts/{contacts["Bernard"]["id"]}")).JsonAsync();
        var petit = await (await api.GetAsync($"/api/v1/contacts/{contacts["Petit"]["id"]}")).JsonAsync();
        Assert.Equal(dupont["id"]!.GetValue<long>(), Id(martin["account"]));
        Assert.Equal(pixel["id"]!.GetValue<long>(), Id(bernard["account"]));
        Assert.Equal(lefevre["id"]!.GetValue<long>(), Id(petit["account"]));
        Assert.Equal(marie, martin["assignedTo"]!["id"]!.GetValue<int>());
        Assert.Equal("team", bernard["assignedTo"]!["type"]!.GetValue<string>());
        Assert.Equal(team, bernard["assignedTo"]!["id"]!.GetValue<int>());

        var errors = import["errors"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Contains(errors, e => e["line"]!.GetValue<int>() == 5 && e["column"]!.GetValue<string>() == "Nom du compte" && e["message"]!.GetValue<string>().Contains("Inconnue SA"));
        Assert.Contains(errors, e => e["line"]!.GetValue<int>() == 6 && e["message"]!.GetValue<string>().Contains("Plusieurs"));
        Assert.Contains(errors, e => e["line"]!.GetValue<int>() == 7 && e["field"]!.GetValue<string>() == "assignedTo");
    }

    // A reference reads as its id, or as an object holding it.
    private static long Id(JsonNode? reference) => reference is JsonObject o ? o["id"]!.GetValue<long>() : reference!.GetValue<long>();
}
