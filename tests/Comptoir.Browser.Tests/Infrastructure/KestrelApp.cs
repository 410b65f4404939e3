using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>
/// The real application on a real loopback port (a browser cannot reach TestServer),
/// on its own SQLite file. The administrator is "admin" / <see cref="AdminPassword"/>.
/// </summary>
public sealed class KestrelApp : WebApplicationFactory<Program>
{
    public const string AdminPassword = "clef-du-comptoir-1";
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"comptoir-browser-{Guid.NewGuid():N}.db");

    public KestrelApp()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>http://127.0.0.1:port/ of the running server.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, MapStaticAssets serves nothing from an unpublished build: the
        // browser would get pages without Bootstrap or site.js.
        builder.UseStaticWebAssets();
        builder.UseSetting("Comptoir:Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Comptoir", $"Data Source={_databaseFile}");
        builder.UseSetting("Comptoir:AdminPassword", AdminPassword);
        builder.UseSetting("Comptoir:RateLimits:TokensPerMinute", "1000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databaseFile + suffix);
    }
}
