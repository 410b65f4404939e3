using System.Net;
using System.Text.RegularExpressions;
using Comptoir.Web.Tests.Accounts;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Modules;

/// <summary>
/// The pages half of the proof that a module is one registration: « Demandes d'assistance », registered from the
/// test project (<see cref="TicketsModule.Register"/>) with no page code anywhere, is listed, created, shown,
/// changed, given a history, deleted into the Corbeille and restored from it, through the record pages.
/// </summary>
public sealed partial class RegisteredModulePagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_module_registered_in_one_call_gets_its_list_form_details_history_and_recycle_bin_pages(Db db)
    {
        await using var app = await TestApp.StartAsync(db, services: TicketsModule.Register);
        await ModuleTables.CreateAsync(app);
        var client = await app.SignedInClientAsync();

        var empty = WebUtility.HtmlDecode(await client.GetStringAsync("/tickets"));
        Assert.Contains("Demandes d'assistance", empty, StringComparison.Ordinal);

        var form = WebUtility.HtmlDecode(await client.GetStringAsync("/tickets/new"));
        Assert.Contains("Détails de la demande", form, StringComparison.Ordinal);
        var refused = WebUtility.HtmlDecode(await (await client.PostFormAsync("/tickets/new", new() { ["status"] = "ouverte" })).TextAsync());
        Assert.Contains("« Objet » est obligatoire.", refused, StringComparison.Ordinal);

        var created = await client.PostFormAsync("/tickets/new", new() { ["subject"] = "Imprimante en panne", ["status"] = "ouverte" });
        var path = created.RequestMessage!.RequestUri!.AbsolutePath;
        Assert.Matches("^/tickets/[0-9]+$", path);
        var details = WebUtility.HtmlDecode(await created.TextAsync());
        Assert.Contains("TIC-000001", details, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{path}\">Imprimante en panne</a>", WebUtility.HtmlDecode(await client.GetStringAsync("/tickets")), StringComparison.Ordinal);

        var fields = AccountPageHelpers.FormFields(await client.GetStringAsync($"{path}/edit"));
        fields["status"] = "resolue";
        var saved = await client.PostFormAsync($"{path}/edit", fields);
        Assert.Equal(path, saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Résolue", WebUtility.HtmlDecode(await saved.TextAsync()), StringComparison.Ordinal);

        var history = WebUtility.HtmlDecode(await client.GetStringAsync($"{path}/history"));
        Assert.Equal(["updated", "created"], HistoryEntry().Matches(history).Select(m => m.Groups[1].Value));
        Assert.Contains("<span data-new>Résolue</span>", history, StringComparison.Ordinal);

        var deleted = await client.PostFormAsync($"{path}?handler=Delete", [], formPage: path);
        Assert.Equal("/tickets", deleted.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);

        var bin = WebUtility.HtmlDecode(await client.GetStringAsync("/recycle-bin"));
        Assert.Contains("Imprimante en panne", bin, StringComparison.Ordinal);
        var restore = RestoreForm().Match(bin).Groups[1].Value;
        Assert.NotEmpty(restore);
        await client.PostFormAsync(restore, [], "/recycle-bin");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [GeneratedRegex("data-history-entry data-action=\"(\\w+)\"")]
    private static partial Regex HistoryEntry();

    [GeneratedRegex("<form method=\"post\" action=\"(/recycle-bin\\?[^\"]*handler=Restore[^\"]*)\"")]
    private static partial Regex RestoreForm();
}
