using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.RecycleBin;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.Modules;

/// <summary>
/// A module registered in one call from outside src/ (<see cref="TicketsModule.Register"/>) gets what the built-in
/// ones have: its API, its numbers, its history, the recycle bin, and the links other records' deletions cut and
/// restore, on both databases.
/// </summary>
public sealed class RegisteredModuleApiTests
{
    private const string Tickets = "/api/v1/tickets";

    private static async Task<TestApp> StartAsync(Db db)
    {
        var app = await TestApp.StartAsync(db, services: TicketsModule.Register);
        await ModuleTables.CreateAsync(app);
        return app;
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_module_registered_in_one_call_is_listed_created_read_changed_deleted_restored_with_its_history(Db db)
    {
        await using var app = await StartAsync(db);
        var api = await app.ApiClientAsync();
        var account = (await api.CreateAccountAsync(new { name = "Lavande SARL" })).Id();

        // Validated by its definition, in French, field by field.
        var refused = await api.PostJsonAsync(Tickets, new { account });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["« Objet » est obligatoire."], (await refused.ProblemErrorsAsync())["subject"]);

        // Numbered from its own sequence (on PostgreSQL, created on first use).
        var created = await api.PostJsonAsync(Tickets, new { subject = "Imprimante en panne", account });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ticket = await created.JsonAsync();
        var id = ticket.Id();
        var url = $"{Tickets}/{id}";
        Assert.Equal(url, created.Headers.Location!.OriginalString);
        Assert.Equal("TIC-000001", ticket["number"]!.GetValue<string>());
        Assert.Equal(account, ticket.LongOrNull("account"));
        await api.PostJsonAsync(Tickets, new { subject = "Facture en double" });

        var found = await api.GetJsonAsync($"{Tickets}?q=Impri");
        Assert.Equal(["Imprimante en panne"], found["items"]!.AsArray().Select(t => t!["subject"]!.GetValue<string>()));
        var all = await api.GetJsonAsync(Tickets);
        Assert.Equal(["Facture en double", "Imprimante en panne"], all["items"]!.AsArray().Select(t => t!["subject"]!.GetValue<string>()));

        var read = await api.GetAsync(url);
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        var stale = await api.PatchJsonAsync(url, new { status = "resolue" }, r => r.IfMatch("\"7\""));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var changed = await api.PatchJsonAsync(url, new { status = "resolue" }, r => r.IfMatch("\"1\""));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("resolue", (await changed.JsonAsync())["status"]!.GetValue<string>());

        var history = (await api.GetJsonAsync($"{url}/history"))["items"]!.AsArray();
        Assert.Equal(["updated", "created"], history.Select(h => h!["action"]!.GetValue<string>()));
        var change = Assert.Single(history[0]!["changes"]!.AsArray())!;
        Assert.Equal(("Statut", "Ouverte", "Résolue"), (change["label"]!.GetValue<string>(), change["old"]!.GetValue<string>(), change["new"]!.GetValue<string>()));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(url)).StatusCode);
        Assert.Equal(["Facture en double"], (await api.GetJsonAsync(Tickets))["items"]!.AsArray().Select(t => t!["subject"]!.GetValue<string>()));
        var entry = Assert.Single(await api.BinItemsAsync())!;
        Assert.Equal((TicketsModule.Name, id, "Imprimante en panne"),
            (entry["module"]!.GetValue<string>(), entry["id"]!.GetValue<long>(), entry["title"]!.GetValue<string>()));

        var restored = await api.RestoreAsync(TicketsModule.Name, id);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        Assert.Equal("TIC-000001", (await api.GetJsonAsync(url))["number"]!.GetValue<string>());
        Assert.Empty(await api.BinItemsAsync());
        Assert.Equal(["restored", "deleted", "updated", "created"],
            (await api.GetJsonAsync($"{url}/history"))["items"]!.AsArray().Select(h => h!["action"]!.GetValue<string>()));
        Assert.Equal("TIC-000003", (await (await api.PostJsonAsync(Tickets, new { subject = "Encore" })).JsonAsync())["number"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Deleting_an_account_cuts_the_link_a_ticket_has_to_it_and_restoring_the_account_puts_it_back(Db db)
    {
        await using var app = await StartAsync(db);
        var api = await app.ApiClientAsync();
        var account = (await api.CreateAccountAsync(new { name = "Lavande SARL" })).Id();
        var ticket = (await (await api.PostJsonAsync(Tickets, new { subject = "Imprimante en panne", account })).JsonAsync()).Id();
        var binned = (await (await api.PostJsonAsync(Tickets, new { subject = "Vieille demande", account })).JsonAsync()).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{Tickets}/{binned}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{account}")).StatusCode);

        // The ticket's « Compte client » pointed at the deleted account: cleared, as a new version with its history line.
        var cut = await api.GetAsync($"{Tickets}/{ticket}");
        Assert.Equal("\"2\"", cut.Headers.ETag!.Tag);
        Assert.Null((await cut.JsonAsync()).LongOrNull("account"));
        var line = (await api.GetJsonAsync($"{Tickets}/{ticket}/history"))["items"]!.AsArray()[0]!;
        // (The account is in the bin: its name is no one's to read, only its id.)
        Assert.Equal(("updated", "Compte client", $"#{account}", ""),
            (line["action"]!.GetValue<string>(), line["changes"]![0]!["label"]!.GetValue<string>(),
             line["changes"]![0]!["old"]!.GetValue<string>(), line["changes"]![0]!["new"]!.GetValue<string>()));
        // A ticket already in the bin loses it too: restored, it would otherwise point at a record nobody sees.
        Assert.Null(await app.InDatabaseAsync(d => d.Set<Ticket>().IgnoreQueryFilters().Where(t => t.Id == binned).Select(t => t.AccountId).SingleAsync()));

        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", account)).StatusCode);

        Assert.Equal(account, (await api.GetJsonAsync($"{Tickets}/{ticket}")).LongOrNull("account"));
        Assert.Equal(account, await app.InDatabaseAsync(d => d.Set<Ticket>().IgnoreQueryFilters().Where(t => t.Id == binned).Select(t => t.AccountId).SingleAsync()));
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_registered_module_is_described_by_the_metadata_api_and_the_openapi_document(Db db)
    {
        await using var app = await StartAsync(db);
        var api = await app.ApiClientAsync();

        var metadata = await api.GetJsonAsync($"/api/v1/metadata/{TicketsModule.Name}");
        Assert.Contains("subject", metadata.ToJsonString(), StringComparison.Ordinal);

        var document = (JsonObject)JsonNode.Parse(await api.GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        var operations = new[] { (Tickets, "get"), (Tickets, "post"), ($"{Tickets}/{{id}}", "get"), ($"{Tickets}/{{id}}", "patch"),
                ($"{Tickets}/{{id}}", "delete"), ($"{Tickets}/{{id}}/history", "get") }
            .Select(o => paths[o.Item1]?[o.Item2]?["operationId"]?.GetValue<string>()).ToList();
        Assert.Equal(["ListTickets", "CreateTicket", "GetTicket", "UpdateTicket", "DeleteTicket", "GetTicketHistory"], operations);
        // In the reader's language (French by default), named by its definition.
        Assert.Equal("Demandes d'assistance", paths[Tickets]!["get"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal("Crée une demande d'assistance ; un en-tête Idempotency-Key permet de réessayer sans risque.", paths[Tickets]!["post"]!["summary"]!.GetValue<string>());
        Assert.Contains("/api/v1/recycle-bin/tickets/{id}/restore", paths[$"{Tickets}/{{id}}"]!["delete"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(document["components"]!["schemas"]!["Ticket"]!["properties"]!["subject"]);

        var english = await app.ApiClientAsync(language: "en");
        var englishPaths = JsonNode.Parse(await english.GetStringAsync("/openapi/v1.json"))!["paths"]!;
        Assert.Equal("Support tickets", englishPaths[Tickets]!["get"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal("Creates a support ticket; send an Idempotency-Key header to retry safely.", englishPaths[Tickets]!["post"]!["summary"]!.GetValue<string>());
    }
}
