using System.Net;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class NumberingApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task A_deleted_accounts_number_is_never_given_again(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        await client.CreateAccountAsync(new { name = "Un" });
        var second = await client.CreateAccountAsync(new { name = "Deux" });

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{ApiHelpers.Accounts}/{second["id"]}")).StatusCode);
        var third = await client.CreateAccountAsync(new { name = "Trois" });

        Assert.Equal("CPT-000003", third["number"]!.GetValue<string>());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Two_server_processes_on_one_database_never_share_a_number(Db db)
    {
        await using var first = await TestApp.StartAsync(db);
        await using var second = TestApp.StartOn(first.Database);
        var clients = new[] { await first.ApiClientAsync(), await second.ApiClientAsync() };

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            clients[i % 2].PostJsonAsync(ApiHelpers.Accounts, new { name = $"Concurrent {i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var numbers = new List<string>();
        foreach (var response in responses) numbers.Add((await response.JsonAsync())["number"]!.GetValue<string>());
        Assert.Equal(24, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 24).Select(i => $"CPT-{i:000000}"), numbers.Order(StringComparer.Ordinal));
    }
}
