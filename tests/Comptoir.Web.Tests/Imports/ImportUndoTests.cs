using System.Net;
using System.Text;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Comptoir.Web.Tests.MassActions;

namespace Comptoir.Web.Tests.Imports;

public sealed class ImportUndoTests
{
    private const string File = "Nom du compte;Ville (facturation)\r\nAlpha;Brest\r\nBravo;Quimper\r\nCharlie;Rennes\r\n";

    [Theory, ClassData(typeof(Databases))]
    public async Task Undoing_an_import_sends_what_it_created_to_the_recycle_bin_once(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var kept = await api.CreateAccountsAsync(new { name = "Déjà là" });
        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(File));
        Assert.Equal(3, import.Count("created"));
        var accounts = await api.AccountsByNameAsync();
        // Deleted by hand before the undo: counted as missing, not as an error.
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{accounts["Charlie"]["id"]}")).StatusCode);

        var job = await api.WaitForJobAsync(await api.PostAsync($"{ImportHelpers.Imports}/{import["id"]}/undo", null));

        Assert.Equal("done", job["status"]!.GetValue<string>());
        Assert.Equal(2, job["counts"]!["deleted"]!.GetValue<int>());
        Assert.Equal(1, job["counts"]!["missing"]!.GetValue<int>());
        Assert.Equal(["Déjà là"], (await api.AccountsByNameAsync()).Keys);
        var alpha = accounts["Alpha"]["id"]!.GetValue<long>();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/recycle-bin/accounts/{alpha}/restore", null)).StatusCode);
        Assert.Equal("Alpha", (await api.AccountAsync(alpha))["name"]!.GetValue<string>());
        Assert.Equal(kept[0], (await api.AccountsByNameAsync())["Déjà là"]["id"]!.GetValue<long>());

        var again = await api.PostAsync($"{ImportHelpers.Imports}/{import["id"]}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("déjà annulé", (await again.JsonAsync())["detail"]!.GetValue<string>());
        Assert.NotNull((await (await api.GetAsync($"{ImportHelpers.Imports}/{import["id"]}")).JsonAsync())["undoJobId"]);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_dry_run_has_nothing_to_undo(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var import = await api.ImportAsync(Encoding.UTF8.GetBytes(File), options: new { dryRun = true });

        var response = await api.PostAsync($"{ImportHelpers.Imports}/{import["id"]}/undo", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rien à annuler", (await response.JsonAsync())["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync($"{ImportHelpers.Imports}/999999/undo", null)).StatusCode);
    }
}
