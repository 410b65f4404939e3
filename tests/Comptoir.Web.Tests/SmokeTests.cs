using Comptoir.Web.Tests.Infrastructure;

namespace Comptoir.Web.Tests;

public sealed class SmokeTests
{
    [Theory, ClassData(typeof(Databases))]
    public async Task Admin_signs_in_and_sees_the_home_page_in_French(Db db)
    {
        await using var app = await TestApp.StartAsync(db);
        var client = await app.SignedInClientAsync();
        var home = await client.GetStringAsync("/");
        Assert.Contains("Bonjour Administrateur", home, StringComparison.Ordinal);
        Assert.Contains("Comptes clients", home, StringComparison.Ordinal);
    }
}
