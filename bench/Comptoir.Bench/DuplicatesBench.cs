using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Comptoir.Bench;

/// <summary>
/// « Trouver les doublons » over every account (POST /api/v1/accounts/duplicates/find: a background job over the
/// duplicate keys, the proposed rule « même nom » OU « même SIRET »), timed from the request to the job's end, beside
/// the bare GROUP BY … HAVING COUNT(*) > 1 of the same keys in one statement per criterion.
/// </summary>
public static class DuplicatesBench
{
    public sealed record Figures(int Accounts, TimeSpan Api, int Groups, int Found, TimeSpan Bare, long BareTerms)
    {
        public string ToMarkdown() => string.Join('\n',
            "| trouver les doublons | comptes | durée | groupes | ratio au SQL nu |",
            "|---|---:|---:|---:|---:|",
            FormattableString.Invariant($"| API (tâche de fond) | {Accounts:N0} | {Api.TotalSeconds:F1} s | {Groups:N0} ({Found:N0} avant regroupement) | {Bare.TotalSeconds / Api.TotalSeconds:P1} |"),
            FormattableString.Invariant($"| GROUP BY nu (nom, SIRET) | {Accounts:N0} | {Bare.TotalSeconds:F2} s | {BareTerms:N0} clés partagées | 100 % |"));
    }

    public static async Task<Figures> RunAsync(HttpClient http, BenchDatabase db, int accounts)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/v1/accounts/duplicates/find", null);
        if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
            throw new InvalidOperationException($"duplicates/find → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        using var progress = new ProgressBar("Trouver les doublons", 1000);
        JsonObject job;
        while (true)
        {
            job = (await http.GetFromJsonAsync<JsonObject>(location))!;
            var status = job["status"]!.GetValue<string>();
            if (status == "failed") throw new InvalidOperationException("duplicates/find failed: " + job.ToJsonString());
            if (status == "done") break;
            progress.Report((int)((job["progress"]?.GetValue<double>() ?? 0) * 1000));
            await Task.Delay(200);
        }
        var api = watch.Elapsed;
        var counts = job["counts"]!.AsObject();

        watch.Restart();
        long shared = 0;
        await using (var connection = db.Open())
            foreach (var field in new[] { "name", "siret" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM (SELECT \"Term\" FROM \"SearchTerms\" WHERE \"Module\" = 'dup:accounts' AND \"Term\" >= '"
                    + field + "=' AND \"Term\" < '" + field + ">' GROUP BY \"Term\" HAVING COUNT(*) > 1) AS shared";
                shared += Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }
        return new Figures(accounts, api, counts["groups"]?.GetValue<int>() ?? 0, counts["found"]?.GetValue<int>() ?? 0, watch.Elapsed, shared);
    }
}
