using System.Net;
using System.Text.Json.Nodes;
using Comptoir.Data;
using Comptoir.Data.Settings;
using Comptoir.Web.Tests.Api;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.RecycleBin;

internal static class RecycleBinHelpers
{
    public const string Bin = "/api/v1/recycle-bin";

    /// <summary>The bin's first page as the client sees it.</summary>
    public static async Task<JsonArray> BinItemsAsync(this HttpClient client)
    {
        var response = await client.GetAsync(Bin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync())["items"]!.AsArray();
    }

    public static async Task<HttpResponseMessage> RestoreAsync(this HttpClient client, string module, long id) =>
        await client.PostAsync($"{Bin}/{module}/{id}/restore", null);

    /// <summary>Reads the database directly: what is really stored, deleted rows included when the query says so.</summary>
    public static async Task<T> InDatabaseAsync<T>(this TestApp app, Func<AppDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task MakeAccountsPrivateAsync(this TestApp app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<SettingsStore>().SetBoolAsync(SettingsStore.AccountsPrivate, true, CancellationToken.None);
    }

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await response.JsonAsync();
    }

    public static long? LongOrNull(this JsonObject record, string key) => record[key]?.GetValue<long>();
}
