using System.Net;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Contacts;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Tests.RecycleBin;

/// <summary>
/// Entries already in users' bins were written before the links became generic (RelatedRecords): named lists
/// such as « deletedContacts » and « reports ». They still list with their counts and restore every link.
/// </summary>
public sealed class OldBinEntryTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task An_entry_written_in_the_former_shape_lists_its_counts_and_restores_every_link(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var api = await app.ApiClientAsync();
        var pages = await app.SignedInClientAsync();
        var garance = (await api.CreateAccountAsync(new { name = "Garance SA" })).Id();
        var boss = (await api.CreateContactAsync(new { lastName = "Patron", account = garance })).Id();
        var clerk = (await api.CreateContactAsync(new { lastName = "Commis", account = garance, reportsTo = boss })).Id();
        var outsider = (await api.CreateContactAsync(new { lastName = "Extérieur", reportsTo = boss })).Id();
        var subsidiary = (await api.CreateAccountAsync(new { name = "Garance Filiale", parentAccount = garance })).Id();
        var indigo = (await api.CreateAccountAsync(new { name = "Indigo SARL" })).Id();
        var kept = (await api.CreateContactAsync(new { lastName = "Gardé", account = indigo })).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{garance}?contacts=delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{ApiHelpers.Accounts}/{indigo}")).StatusCode);

        // What the former code wrote for these two deletions.
        await WriteRelatedAsync(app, garance,
            $$"""{"deletedContacts":[{{boss}},{{clerk}}],"unlinkedContacts":[],"subsidiaries":[{"id":{{subsidiary}},"to":{{garance}}}],"reports":[{"id":{{outsider}},"to":{{boss}}}],"unlinkedAccounts":[]}""");
        await WriteRelatedAsync(app, indigo,
            $$"""{"deletedContacts":[],"unlinkedContacts":[{"id":{{kept}},"to":{{indigo}}}],"subsidiaries":[],"reports":[],"unlinkedAccounts":[]}""");

        var items = await api.BinItemsAsync();
        var counts = items.ToDictionary(i => i!["id"]!.GetValue<long>(), i => i!["related"]!.AsObject());
        Assert.Equal((2, 0, 1, 1, 0), Counts(counts[garance]));
        Assert.Equal((0, 1, 0, 0, 0), Counts(counts[indigo]));
        var bin = await pages.GetStringAsync("/recycle-bin");
        Assert.Contains("Contacts supprimés avec lui : 2", bin, StringComparison.Ordinal);
        Assert.Contains("Contacts détachés : 1", bin, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", garance)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.RestoreAsync("accounts", indigo)).StatusCode);

        Assert.Equal(garance, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{boss}")).LongOrNull("account"));
        var clerkBack = await api.GetJsonAsync($"{ContactHelpers.Contacts}/{clerk}");
        Assert.Equal((garance, boss), (clerkBack.LongOrNull("account"), clerkBack.LongOrNull("reportsTo")));
        Assert.Equal(boss, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{outsider}")).LongOrNull("reportsTo"));
        Assert.Equal(garance, (await api.GetJsonAsync($"{ApiHelpers.Accounts}/{subsidiary}")).LongOrNull("parentAccount"));
        Assert.Equal(indigo, (await api.GetJsonAsync($"{ContactHelpers.Contacts}/{kept}")).LongOrNull("account"));
        Assert.Empty(await api.BinItemsAsync());
    }

    private static Task<int> WriteRelatedAsync(TestApp app, long account, string json) =>
        app.InDatabaseAsync(d => d.RecycleBin.Where(e => e.Module == "accounts" && e.RecordId == account)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Related, json)));

    private static (int, int, int, int, int) Counts(System.Text.Json.Nodes.JsonObject related) =>
        (related["deletedContacts"]!.GetValue<int>(), related["unlinkedContacts"]!.GetValue<int>(), related["subsidiaries"]!.GetValue<int>(),
         related["reports"]!.GetValue<int>(), related["unlinkedAccounts"]!.GetValue<int>());
}
