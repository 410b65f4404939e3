using System.Net;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Api;

public sealed class OddInputApiTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Control_characters_and_odd_queries_never_cause_a_server_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.ApiClientAsync();
        var id = (await client.CreateAccountAsync(new { name = "Témoin" }))["id"]!.GetValue<long>();

        var created = await client.PostJsonAsync(ApiHelpers.Accounts, """{"name": "Nul\u0000part", "billingCity": "Ly\u0000on"}""");
        var patched = await client.PatchJsonAsync($"{ApiHelpers.Accounts}/{id}", """{"description": "a\u0000b"}""");
        Assert.Equal(HttpStatusCode.BadRequest, created.StatusCode);
        Assert.Equal(["billingCity", "name"], (await created.ProblemErrorsAsync()).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, patched.StatusCode);

        foreach (var query in new[] { "q=%00", "q=%EF%BF%BF", "q=" + new string('a', 5000), "billingCity=%00", "q=%25_%5C", "sort=Id%3B--" })
        {
            var response = await client.GetAsync($"{ApiHelpers.Accounts}?{query}");
            Assert.True((int)response.StatusCode < 500, $"{query} → {(int)response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{ApiHelpers.Accounts}?billingCity=%00")).StatusCode);
    }
}
