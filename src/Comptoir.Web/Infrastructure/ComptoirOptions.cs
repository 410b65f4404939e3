using Comptoir.Data;

namespace Comptoir.Web.Infrastructure;

/// <summary>
/// Reads the database settings of DESIGN §3 (Comptoir__DataDir, Comptoir__Database__Provider, ConnectionStrings__Comptoir),
/// and Comptoir__Search__WalkFrom (docs/search.md).
/// </summary>
public static class ComptoirOptions
{
    public static DatabaseOptions Database(IConfiguration configuration, string contentRoot) =>
        Connection(configuration, contentRoot) with
        {
            SearchWalkFrom = Math.Max(1, configuration.GetValue("Comptoir:Search:WalkFrom", Data.Search.SearchMatch.DefaultWalkFrom)),
        };

    private static DatabaseOptions Connection(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Comptoir:Database:Provider"] ?? "Sqlite";
        var connection = configuration.GetConnectionString("Comptoir");
        var synchronous = configuration["Comptoir:Database:SqliteSynchronous"] ?? "FULL";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase))
            return new DatabaseOptions(DatabaseProvider.Postgres,
                connection ?? throw new InvalidOperationException("ConnectionStrings__Comptoir is required with the Postgres provider."));

        if (string.IsNullOrEmpty(connection))
        {
            // Relative to the content root (src/Comptoir.Web under `dotnet run`), whatever the shell's directory.
            var dataDir = Path.GetFullPath(configuration["Comptoir:DataDir"] ?? "data", contentRoot);
            Directory.CreateDirectory(dataDir);
            connection = $"Data Source={Path.Combine(dataDir, "comptoir.db")}";
        }
        return new DatabaseOptions(DatabaseProvider.Sqlite, connection, synchronous);
    }
}
