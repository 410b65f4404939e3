using System.Globalization;

namespace Comptoir.Bench;

public sealed record BenchOptions(string Db, int Accounts, bool Quick, bool CreatesOnly = false, bool ExportOnly = false, bool MassOnly = false, bool DuplicatesOnly = false,
    bool ImportOnly = false, int ImportRows = 0, int ImportWaitMinutes = 30, bool SearchOnly = false, bool Keep = false, int? Samples = null)
{
    public static BenchOptions Parse(string[] args)
    {
        string db = "sqlite";
        int? accounts = null;
        var quick = false;
        var createsOnly = false;
        var exportOnly = false;
        var massOnly = false;
        var duplicatesOnly = false;
        var importOnly = false;
        int? importRows = null;
        var importWait = 30;
        var searchOnly = false;
        var keep = false;
        int? samples = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length: db = args[++i].ToLowerInvariant(); break;
                case "--accounts" when i + 1 < args.Length: accounts = int.Parse(args[++i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                case "--quick": quick = true; break;
                // Profiling the write path: skip the reads and pages, measure only the creates.
                case "--creates-only": createsOnly = true; break;
                // The list export alone, on a server that has done nothing else (its peak memory is the export's).
                case "--export-only": exportOnly = true; break;
                // The mass update alone (10,000 accounts through the API's job, beside a bare UPDATE).
                case "--mass-only": massOnly = true; break;
                // « Trouver les doublons » alone (the job over every account, beside a bare GROUP BY of the same keys).
                case "--duplicates-only": duplicatesOnly = true; break;
                // A CSV import of new accounts through the API (ImportBench), then a larger file's server peak RSS.
                case "--import-only": importOnly = true; break;
                // The larger file's rows (default 500,000, 20,000 with --quick; 0 skips it).
                case "--import-rows" when i + 1 < args.Length: importRows = int.Parse(args[++i], NumberStyles.AllowThousands, CultureInfo.InvariantCulture); break;
                // How long the larger import is followed at most (minutes): its peak RSS is read then, finished or not.
                case "--import-wait" when i + 1 < args.Length: importWait = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                // The list's and the top bar's searches alone (every kind of query, and the HTML list that counts them).
                case "--search-only": searchOnly = true; break;
                // Leave the database behind (its path or name is printed) to look at its plans afterwards.
                case "--keep": keep = true; break;
                // Requests per measured row (default 500, 300 with --search-only, 50 with --quick): fewer where a row is slow.
                case "--samples" when i + 1 < args.Length: samples = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--db sqlite|postgres] [--accounts N] [--quick] [--creates-only] [--export-only] [--mass-only] [--duplicates-only] [--import-only [--import-rows N] [--import-wait minutes]] [--search-only] [--keep] [--samples N]");
            }
        }
        if (db is not ("sqlite" or "postgres")) throw new ArgumentException("--db takes sqlite or postgres.");
        return new BenchOptions(db, accounts ?? (quick ? 10_000 : 1_000_000), quick, createsOnly, exportOnly, massOnly, duplicatesOnly,
            importOnly, importRows ?? (quick ? 20_000 : 500_000), importWait, searchOnly, keep, samples);
    }

    public static string RepoRoot()
    {
        // The build output is inside the repository, unless built with --artifacts-path elsewhere: then the working directory is.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Comptoir.slnx"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        throw new InvalidOperationException("Run from inside the Comptoir repository.");
    }
}
