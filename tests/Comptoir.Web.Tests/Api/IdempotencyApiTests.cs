using System.Net;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class IdempotencyApiTests
{
    private static Action<HttpRequestMessage> Key(string key) => r => r.Headers.Add("Idempotency-Key", key);

    [Theory, ClassData(typeof(Databases))]
    public async Task Same_key_and_body_replays_the_first_response_without_a_second_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var body = new { name = "Une seule fois", billingCity = "Rennes" };

        var first = await client.PostJsonAsync(ApiHelpers.Accounts, body, Key("commande-42"));
        var retry = await client.PostJsonAsync(ApiHelpers.Accounts, body, Key("commande-42"));
        var other = await client.PostJsonAsync(ApiHelpers.Accounts, body, Key("commande-43"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal((await first.JsonAsync()).ToJsonString(), (await retry.JsonAsync()).ToJsonString());
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal("CPT-000002", (await other.JsonAsync())["number"]!.GetValue<string>());
        var list = await (await client.GetAsync(ApiHelpers.Accounts)).JsonAsync();
        Assert.Equal(2, list["items"]!.AsArray().Count);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Same_key_with_another_body_is_a_422_problem(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        await client.PostJsonAsync(ApiHelpers.Accounts, new { name = "Premier" }, Key("k-1"));
        var reused = await client.PostJsonAsync(ApiHelpers.Accounts, new { name = "Autre chose" }, Key("k-1"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("Clé d'idempotence déjà utilisée", (await reused.ProblemAsync())["title"]!.GetValue<string>());
        Assert.Single((await (await client.GetAsync(ApiHelpers.Accounts)).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Concurrent_retries_of_one_key_create_one_account(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PostJsonAsync(ApiHelpers.Accounts, new { name = "Double clic" }, Key("double-clic"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Single((await (await client.GetAsync(ApiHelpers.Accounts)).JsonAsync())["items"]!.AsArray());
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task Keys_belong_to_their_user(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        await app.CreateUserAsync("lea", "Léa Dupont");
        var admin = await app.ApiClientAsync();
        var lea = await app.ApiClientAsync("lea", ApiHelpers.UserPassword);

        var a = await admin.PostJsonAsync(ApiHelpers.Accounts, new { name = "Même clé" }, Key("partagée"));
        var b = await lea.PostJsonAsync(ApiHelpers.Accounts, new { name = "Même clé" }, Key("partagée"));

        Assert.Equal(HttpStatusCode.Created, b.StatusCode);
        Assert.NotEqual(a.Headers.Location, b.Headers.Location);
    }
}
