using System.Data.Common;
using Comptoir.Core.Accounts;
using Comptoir.Core.Records;
using Comptoir.Core.Search;
using Comptoir.Data.Records;
using Comptoir.Data.Search;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Comptoir.Bench;

/// <summary>
/// The global search (GET /api/v1/search) for each kind of query a user types, against the bare lookups of the
/// same terms' index (one range per word of each reading of the query, as the store asks them). The bulk fill
/// writes the accounts' terms the bulk way too, as the application would have indexed them.
/// </summary>
public static class SearchBench
{
    private const string Module = "accounts";
    // Terms beginning with it go under the duplicate keys' module (a term never holds a control character).
    private const string DupPrefix = "\u0001";

    /// <summary>The terms of the bulk-loaded accounts (ids 1..count, the fill's own data again), and the index's signature.</summary>
    public static async Task FillAsync(BenchDatabase db, int count)
    {
        var module = AccountsModule.Create();
        var data = new FrenchData(42);
        using var progress = new ProgressBar("Index de recherche", count);
        IEnumerable<(string Term, long Id)> Terms()
        {
            for (var i = 0; i < count; i++)
            {
                var account = data.Next(i + 1, 1, "Administrateur");
                if (i % 5000 == 0) progress.Report(i);
                foreach (var term in SearchTerms.Of(module, account)) yield return (term, i + 1);
                // The duplicate keys too (« dup:accounts »), as every save writes them: « Trouver les doublons » reads them.
                foreach (var key in Data.Duplicates.DuplicateKeys.Of(module, account)) yield return (DupPrefix + key, i + 1);
            }
        }
        await using var connection = db.Open();
        if (db.Kind == "sqlite")
        {
            var sqlite = (SqliteConnection)connection;
            await BulkFill.Exec(sqlite, "PRAGMA synchronous=OFF; PRAGMA cache_size=-400000; PRAGMA temp_store=MEMORY;");
            var transaction = sqlite.BeginTransaction();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "INSERT INTO \"SearchTerms\" (\"Module\", \"Term\", \"RecordId\") VALUES (@m, @t, @r)";
            var m = command.Parameters.Add(new SqliteParameter("@m", ""));
            var t = command.Parameters.Add(new SqliteParameter("@t", ""));
            var r = command.Parameters.Add(new SqliteParameter("@r", 0L));
            var rows = 0;
            foreach (var (term, id) in Terms())
            {
                command.Transaction = transaction;
                (m.Value, t.Value) = ModuleAndTerm(term);
                r.Value = id;
                await command.ExecuteNonQueryAsync();
                if (++rows % 200_000 == 0)
                {
                    await transaction.CommitAsync();
                    transaction = sqlite.BeginTransaction();
                }
            }
            await transaction.CommitAsync();
            await BulkFill.Exec(sqlite, "PRAGMA synchronous=FULL; ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        }
        else
        {
            var npgsql = (NpgsqlConnection)connection;
            await using (var writer = await npgsql.BeginBinaryImportAsync("COPY \"SearchTerms\" (\"Module\", \"Term\", \"RecordId\") FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (term, id) in Terms())
                {
                    await writer.StartRowAsync();
                    var (inModule, text) = ModuleAndTerm(term);
                    await writer.WriteAsync(inModule);
                    await writer.WriteAsync(text);
                    await writer.WriteAsync(id);
                }
                await writer.CompleteAsync();
            }
            await BulkFill.Exec(npgsql, "ANALYZE \"SearchTerms\";");
        }
        progress.Report(count);
        // The application would otherwise index every account again at its next start (SearchIndexBuild).
        await BulkFill.Exec(connection, "DELETE FROM \"Settings\" WHERE \"Key\" = 'search.index.accounts'; " +
            $"INSERT INTO \"Settings\" (\"Key\", \"Value\") VALUES ('search.index.accounts', '{SearchIndexBuild.Signature(module)}');");
    }

    private static (string Module, string Term) ModuleAndTerm(string term) =>
        term.StartsWith(DupPrefix, StringComparison.Ordinal) ? (Data.Duplicates.DuplicateKeys.IndexOf(Module), term[1..]) : (Module, term);

    /// <summary>
    /// The list's search box (GET /api/v1/accounts?q=, sorted by name), for prefixes thousands of accounts share
    /// (« b », « bou »: the first word of the name, bunched together in the list's order), a word further in the name
    /// (a surname), two of them, and a SIRET; beside the bare prefix seeks of the name's own index.
    /// </summary>
    public static async Task MeasureListAsync(BareSql bare, Func<string, Task> get, Report report, int samples, string siret)
    {
        // Bare: the name's own prefix seek for a first word, the terms' seeks (one per word) for the others.
        (string Kind, string Query, bool FirstWord)[] kinds =
        [
            ("préfixe 1 lettre", "b", true), ("préfixe 3 lettres", "bou", true), ("mot en fin de nom", "martin", false),
            ("deux mots", "dupont boulangerie", false),
        ];
        foreach (var (kind, query, firstWord) in kinds)
            report.Read($"Recherche, {kind}", await Latency.MeasureAsync(samples, _ => get("/api/v1/accounts?limit=25&q=" + Uri.EscapeDataString(query))),
                await Latency.MeasureAsync(samples, async _ =>
                {
                    if (firstWord) await bare.QueryAsync(BareSql.Prefix, ("@lo", query), ("@hi", PrefixRange.Next(query)));
                    else foreach (var word in query.Split(' ')) await bare.QueryAsync(Lookup, ("@lo", word), ("@hi", PrefixRange.Next(word)));
                }));
        report.Read("Recherche par SIRET", await Latency.MeasureAsync(samples, _ => get("/api/v1/accounts?limit=25&q=" + siret)),
            await Latency.MeasureAsync(samples, _ => bare.QueryAsync(BareSql.BySiret, ("@lo", siret), ("@hi", siret[..^1] + (char)(siret[^1] + 1)))));
    }

    public static async Task MeasureAsync(BenchDatabase db, BareSql bare, Func<string, Task> get, Report report, int samples, long id)
    {
        var (name, number, siret, email, phone) = await SampleAsync(db, id);
        var words = SearchKey.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var national = Core.Validation.PhoneNumber.FormatForDisplay(phone);
        (string Kind, string Query)[] kinds =
        [
            ("mot au milieu du nom", words[^1]),
            ("deux mots, ordre inversé", $"{words[^1]} {words[0]}"),
            ("numéro CPT-…", number),
            ("numéro court", long.Parse(number[4..], System.Globalization.CultureInfo.InvariantCulture).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("SIRET avec espaces", $"{siret[..3]} {siret[3..6]} {siret[6..9]} {siret[9..]}"),
            ("SIREN", siret[..9]),
            ("email", email),
            ("@domaine", email[email.IndexOf('@', StringComparison.Ordinal)..]),
            ("téléphone « 01 42 … »", national),
            ("téléphone E.164", phone),
            ("téléphone « 0142… »", national.Replace(" ", "", StringComparison.Ordinal)),
        ];
        foreach (var (kind, query) in kinds)
        {
            var readings = SearchQuery.Parse(query).Readings;
            report.Read($"Recherche globale, {kind}",
                await Latency.MeasureAsync(samples, _ => get("/api/v1/search?limit=10&q=" + Uri.EscapeDataString(query))),
                await Latency.MeasureAsync(samples, async _ =>
                {
                    foreach (var reading in readings)
                        foreach (var word in reading)
                            await bare.QueryAsync(Lookup, ("@lo", word), ("@hi", PrefixRange.Next(word)));
                }));
        }
    }

    private const string Lookup = "SELECT \"RecordId\" FROM \"SearchTerms\" WHERE \"Module\" = 'accounts' AND \"Term\" >= @lo AND \"Term\" < @hi LIMIT 11";

    /// <summary>An account's name, number, SIRET, email and phone, read bare: what the searches and checks look for.</summary>
    internal static async Task<(string Name, string Number, string Siret, string Email, string Phone)> SampleAsync(BenchDatabase db, long id)
    {
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Name\", \"Number\", \"Siret\", \"Email\", \"Phone\" FROM \"Accounts\" WHERE \"Id\" = {id}";
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4));
    }
}
