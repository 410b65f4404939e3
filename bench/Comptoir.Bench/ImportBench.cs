using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Comptoir.Bench;

/// <summary>
/// A CSV import of new accounts as a French SMB sends it (Windows-1252, `;`, French column names, a few hundred rows
/// repeating accounts already there or earlier in the file, a few bad ones) through POST /api/v1/imports and its job,
/// timed from the upload to the job's end, beside the bulk fill's rate; then a larger file's server peak RSS, on a
/// server started for it alone, so the peak is that import's.
/// </summary>
public static class ImportBench
{
    /// <summary>Few columns: 500,000 rows must stay under the 50 MB upload limit.</summary>
    private static readonly string[] Header = ["Nom du compte", "Téléphone", "SIRET", "Code postal (facturation)", "Ville (facturation)"];
    private static readonly string[] Fields = ["name", "phone", "siret", "billingPostalCode", "billingCity"];

    public sealed record Run(int Rows, long Bytes, TimeSpan Took, JsonObject Counts, double PeakRssMiB, bool Finished);

    public sealed record Figures(int Accounts, TimeSpan Fill, Run Import, Run? Large)
    {
        public double FillRate => Accounts / Fill.TotalSeconds;
        public double ImportRate => Import.Rows / Import.Took.TotalSeconds;

        public string ToMarkdown() => string.Join('\n', new[]
        {
            "| import de comptes (CSV) | lignes | durée | lignes/s | ratio au remplissage bulk | pic RSS serveur |",
            "|---|---:|---:|---:|---:|---:|",
            FormattableString.Invariant($"| remplissage bulk (référence) | {Accounts:N0} | {Fill.TotalSeconds:F1} s | {FillRate:N0} | 100 % | — |"),
            Line("POST /api/v1/imports + tâche", Import),
        }.Concat(Large is null ? [] : [Line("idem, gros fichier", Large)])
         .Concat(["", FormattableString.Invariant($"Comptes : créés / ignorés (doublons) / refusés : {Counts(Import)}") ])
         .Concat(Large is null ? [] : [FormattableString.Invariant($"Gros fichier ({Large.Bytes / 1024.0 / 1024:F1} Mo) : {Counts(Large)}{(Large.Finished ? "" : " — pic mesuré sur la lecture du fichier et les premières lignes, import non attendu jusqu'au bout")}")]));

        private string Line(string label, Run run) => FormattableString.Invariant(
            $"| {label} | {run.Rows:N0} | {run.Took.TotalSeconds:F1} s | {run.Rows / run.Took.TotalSeconds:N0} | {run.Rows / run.Took.TotalSeconds / FillRate:P1} | {run.PeakRssMiB:F0} Mio |");

        private static string Counts(Run run) => FormattableString.Invariant(
            $"{(int?)run.Counts["created"] ?? 0:N0} / {(int?)run.Counts["skipped"] ?? 0:N0} / {(int?)run.Counts["failed"] ?? 0:N0}");
    }

    public static async Task<Figures> RunAsync(BenchDatabase db, string repoRoot, BenchOptions options, TimeSpan fill)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var existing = await ExistingAsync(db, 300);
        var rows = options.Quick ? 10_000 : 100_000;
        var import = await ImportOnFreshServerAsync(db, repoRoot, Csv(rows, seed: 4242, existing), rows, wait: null);
        Run? large = null;
        if (options.ImportRows > 0)
        {
            // Its own seed: new names and SIRETs again, not the first file's.
            var limit = options.Quick ? TimeSpan.FromMinutes(10) : TimeSpan.FromMinutes(options.ImportWaitMinutes);
            large = await ImportOnFreshServerAsync(db, repoRoot, Csv(options.ImportRows, seed: 777, existing), options.ImportRows, limit);
        }
        return new Figures(options.Accounts, fill, import, large);
    }

    /// <summary>Names and SIRETs of accounts already in the table, for rows the duplicates step must skip.</summary>
    private static async Task<List<(string Name, string Siret)>> ExistingAsync(BenchDatabase db, int count)
    {
        var found = new List<(string, string)>(count);
        await using var connection = db.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Name\", \"Siret\" FROM \"Accounts\" WHERE \"Siret\" IS NOT NULL ORDER BY \"Id\" LIMIT {count}";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) found.Add((reader.GetString(0), reader.GetString(1)));
        return found;
    }

    /// <summary>
    /// The file, Windows-1252 with CRLF as Excel writes it: new accounts, one row in 333 an existing account's name
    /// and SIRET, one in 1,000 a repeat of a row earlier in the file, one in 2,000 bad (SIRET, phone, formula, no name).
    /// </summary>
    private static byte[] Csv(int rows, int seed, List<(string Name, string Siret)> existing)
    {
        var data = new FrenchData(seed);
        var sb = new StringBuilder(rows * 80);
        sb.Append(string.Join(';', Header)).Append("\r\n");
        var earlier = new List<string>();
        for (var i = 0; i < rows; i++)
        {
            var a = data.Next(i, 1, "Administrateur");
            string line;
            if (i % 333 == 17 && existing.Count > 0)
            {
                var (name, siret) = existing[i / 333 % existing.Count];
                line = Row(name, a.Phone, siret, a.BillingPostalCode, a.BillingCity);
            }
            else if (i % 1000 == 500 && earlier.Count > 0) line = earlier[i % earlier.Count];
            else if (i % 2000 == 999)
                line = (i / 2000 % 4) switch
                {
                    0 => Row(a.Name, a.Phone, "12345678901234", a.BillingPostalCode, a.BillingCity),
                    1 => Row(a.Name, "pas de téléphone", a.Siret, a.BillingPostalCode, a.BillingCity),
                    2 => Row("=HYPERLINK(\"http://x\")", a.Phone, a.Siret, a.BillingPostalCode, a.BillingCity),
                    _ => Row("", a.Phone, a.Siret, a.BillingPostalCode, a.BillingCity),
                };
            else
            {
                // French display of the phone, as a spreadsheet holds it: 01 23 45 67 89.
                line = Row(a.Name, "0" + a.Phone![3..], a.Siret, a.BillingPostalCode, a.BillingCity);
                if (i % 100 == 3 && earlier.Count < 200) earlier.Add(line);
            }
            sb.Append(line).Append("\r\n");
        }
        return Encoding.GetEncoding(1252).GetBytes(sb.ToString());
    }

    private static string Row(params string?[] cells) => string.Join(';', cells.Select(c =>
        c is null ? "" : c.Contains(';') || c.Contains('"') ? "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : c));

    /// <summary>
    /// Starts a server for this import alone, uploads the file and follows the job to its end (or for
    /// <paramref name="wait"/> at most): the time from the upload, the counts, and the server's peak RSS meanwhile.
    /// </summary>
    private static async Task<Run> ImportOnFreshServerAsync(BenchDatabase db, string repoRoot, byte[] csv, int rows, TimeSpan? wait)
    {
        await using var server = await ServerProcess.StartAsync(db, repoRoot);
        using var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
        var token = await http.PostAsJsonAsync("/api/v1/auth/tokens", new { username = "admin", password = ServerProcess.AdminPassword });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());

        var options = new JsonObject
        {
            ["encoding"] = "windows-1252",
            ["delimiter"] = ";",
            ["header"] = true,
            ["mapping"] = new JsonObject(Header.Zip(Fields).Select(p => KeyValuePair.Create(p.First, (JsonNode?)p.Second))),
            ["duplicates"] = new JsonObject { ["match"] = new JsonArray("name", "siret"), ["action"] = "skip" },
        };
        var watch = Stopwatch.StartNew();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "comptes.csv");
        form.Add(new StringContent("accounts"), "module");
        form.Add(new StringContent(options.ToJsonString()), "options");
        using var response = await http.PostAsync("/api/v1/imports", form);
        if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
            throw new InvalidOperationException($"imports → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        using var progress = new ProgressBar($"Import de {rows:N0} lignes", 1000);
        JsonObject run;
        var finished = false;
        while (true)
        {
            run = (await http.GetFromJsonAsync<JsonObject>(location))!;
            var status = run["status"]!.GetValue<string>();
            if (status == "failed") throw new InvalidOperationException("import failed: " + run.ToJsonString());
            if (status == "done")
            {
                finished = true;
                break;
            }
            if (wait is { } limit && watch.Elapsed > limit) break;
            progress.Report((int)((run["progress"]?.GetValue<double>() ?? 0) * 1000));
            await Task.Delay(200);
        }
        var took = watch.Elapsed;
        var counts = run["counts"]!.AsObject();
        var done = counts.Sum(c => (int?)c.Value ?? 0);
        return new Run(finished ? rows : done, csv.Length, took, counts, server.PeakRssMiB(), finished);
    }
}
