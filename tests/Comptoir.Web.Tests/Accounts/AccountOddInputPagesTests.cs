using System.Net;
using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests.Accounts;

/// <summary>Whatever is typed in the address bar or the search box, the pages answer without a server error.</summary>
public sealed class AccountOddInputPagesTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Odd_queries_are_answered_without_a_server_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        await app.SeedAsync("Compte témoin");

        foreach (var url in new[]
        {
            "/accounts?q=%00", "/accounts?q=%EF%BF%BF", "/accounts?q=%ED%9F%BF", "/accounts?q=" + new string('a', 5000), "/accounts?cursor=not-a-cursor",
            "/accounts?sort=Id%3B--&dir=sideways", "/accounts/lookup?q=%00&exclude=abc", "/accounts?q=%25_%5C",
        })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} → {(int)response.StatusCode}");
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/accounts/99999999999999999999")).StatusCode);
    }

    [Theory, ClassData(typeof(Databases))]
    public async Task A_control_character_in_a_form_is_refused_or_saved_but_never_a_server_error(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();

        var response = await client.CreateAsync(new() { ["name"] = "Nul\0part", ["billingCity"] = "Ly\0on" });

        // ASP.NET's form reader may refuse the post outright (400); what matters is no 500 and nothing half-saved.
        Assert.True((int)response.StatusCode < 500, await response.Content.ReadAsStringAsync());
        Assert.Contains("Aucun compte client", await client.GetStringAsync("/accounts"), StringComparison.Ordinal);
    }
}
