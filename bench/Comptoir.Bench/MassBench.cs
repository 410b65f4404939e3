using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Comptoir.Bench;

/// <summary>
/// « Modifier » on 10,000 accounts (POST /api/v1/accounts/mass-update with their ids: a background job, each account
/// through the store's save with its history line and search terms), timed from the request to the job's end, beside
/// a bare UPDATE of the same rows in one statement. Run twice: the bench fills accounts by bare SQL without their
/// ledger account, so the first pass also generates 10,000 ledger accounts (an import's first edit); the second is
/// the everyday case.
/// </summary>
public static class MassBench
{
    public sealed record Figures(int Rows, TimeSpan Api, TimeSpan ApiAgain, TimeSpan Bare)
    {
        public string ToMarkdown() => string.Join('\n',
            "| mise à jour en masse | lignes | durée | lignes/s | ratio au SQL nu |",
            "|---|---:|---:|---:|---:|",
            Line("API, 1re fois (génère les comptes comptables)", Api),
            Line("API, 2e fois (historique par compte)", ApiAgain),
            FormattableString.Invariant($"| UPDATE nu | {Rows:N0} | {Bare.TotalSeconds:F2} s | {Rows / Bare.TotalSeconds:N0} | 100 % |"));

        private string Line(string label, TimeSpan took) =>
            FormattableString.Invariant($"| {label} | {Rows:N0} | {took.TotalSeconds:F1} s | {Rows / took.TotalSeconds:N0} | {Bare.TotalSeconds / took.TotalSeconds:P1} |");
    }

    public static async Task<Figures> RunAsync(HttpClient http, BenchDatabase db, int accounts)
    {
        var rows = Math.Min(10_000, accounts);
        var ids = new List<long>(rows);
        await using (var connection = db.Open())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"Id\" FROM \"Accounts\" ORDER BY \"Id\" LIMIT {rows}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        }

        var api = await UpdateAsync(http, ids, "Bretagne");
        var again = await UpdateAsync(http, ids, "Occitanie");

        var watch = Stopwatch.StartNew();
        await using (var connection = db.Open())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE \"Accounts\" SET \"BillingState\" = 'Normandie' WHERE \"Id\" IN ({string.Join(',', ids)})";
            await command.ExecuteNonQueryAsync();
        }
        return new Figures(ids.Count, api, again, watch.Elapsed);
    }

    /// <summary>One mass update through the API, from the request to the job's end.</summary>
    private static async Task<TimeSpan> UpdateAsync(HttpClient http, List<long> ids, string state)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/v1/accounts/mass-update", new { ids, set = new { billingState = state } });
        if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
            throw new InvalidOperationException($"mass-update → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var location = response.Headers.Location!.OriginalString;
        while (true)
        {
            var job = (await http.GetFromJsonAsync<JsonObject>(location))!;
            var status = job["status"]!.GetValue<string>();
            if (status == "failed") throw new InvalidOperationException("mass-update failed: " + job.ToJsonString());
            if (status == "done") break;
            await Task.Delay(50);
        }
        return watch.Elapsed;
    }
}
