using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Comptoir.Core.FieldTypes;
using Comptoir.Data;
using Comptoir.Data.CustomFields;
using Comptoir.Data.Records;

namespace Comptoir.Bench;

/// <summary>
/// Custom fields at scale: every bulk-loaded account holds « Niveau fidélité » (a picklist) and
/// « Score » (an integer) in its JSON document; the run then declares the two fields through the
/// API, which builds their expression indexes over the loaded rows, and measures lists filtered
/// and sorted on them next to the same SQL run bare.
/// </summary>
public static class CustomFieldsBench
{
    public const string LevelKey = "cf_niveau_fidelite", ScoreKey = "cf_score";

    /// <summary>15 % without a level, half bronze, a quarter argent, one in ten or; one in ten without a score.</summary>
    public static string DataFor(long index)
    {
        var h = Mix((ulong)index);
        var level = (h % 100) switch { < 15 => null, < 65 => "bronze", < 90 => "argent", _ => "or" };
        long? score = (h >> 8) % 10 == 0 ? null : (long)((h >> 16) % 100_000);
        var parts = new List<string>(2);
        if (level is not null) parts.Add($"\"{LevelKey}\":\"{level}\"");
        if (score is not null) parts.Add($"\"{ScoreKey}\":{score.Value.ToString(CultureInfo.InvariantCulture)}");
        return "{" + string.Join(",", parts) + "}";
    }

    // SplitMix64: the same values on every run, without a shared Random to keep in step with the fill.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    /// <summary>Declares the two fields through the API; each POST builds the field's index over every loaded account.</summary>
    public static async Task CreateFieldsAsync(HttpClient api, Report report, int accounts)
    {
        // Building an index over a million rows takes longer than the read client's timeout allows.
        using var slow = new HttpClient { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromMinutes(30) };
        slow.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
        object[] fields =
        [
            new { type = "picklist", label = "Niveau fidélité", block = "details", values = new[] { "Bronze", "Argent", "Or" } },
            new { type = "integer", label = "Score", block = "details" },
        ];
        string[] keys = [LevelKey, ScoreKey];
        for (var i = 0; i < fields.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await slow.PostAsJsonAsync("/api/v1/metadata/accounts/fields", fields[i]);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != System.Net.HttpStatusCode.Created || !body.Contains($"\"{keys[i]}\"", StringComparison.Ordinal))
                throw new InvalidOperationException($"POST /api/v1/metadata/accounts/fields → {(int)response.StatusCode} {body}");
            report.Note($"Création du champ {keys[i]} par l'API (index sur {accounts:N0} comptes) : {watch.Elapsed.TotalSeconds:F2} s");
            Console.Error.WriteLine($"Champ {keys[i]} créé en {watch.Elapsed.TotalSeconds:F2} s");
        }
    }

    public static async Task MeasureAsync(BenchDatabase db, BareSql bare, Func<string, Task> get, Report report, int samples, int accounts)
    {
        var provider = db.Kind == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var level = CustomFieldSql.Expression(provider, CustomValueKind.Text, LevelKey);
        var score = CustomFieldSql.Expression(provider, CustomValueKind.Number, ScoreKey);
        // The SQL the store runs: on SQLite a common value is checked row by row (json_extract alone, which no
        // index holds) while the sort's index is walked; a rare one (under 5,000 matches) goes through its index.
        var common = provider == DatabaseProvider.Sqlite
                     && await bare.ScalarAsync<long>($"SELECT COUNT(*) FROM (SELECT 1 FROM \"Accounts\" WHERE {level} = 'or' LIMIT 5000) AS t") >= 5000;
        var filter = common ? $"json_extract(\"CustomData\", '$.{LevelKey}')" : level;
        var filterByScore = $"SELECT * FROM \"Accounts\" WHERE {filter} = @v ORDER BY {score}, \"Id\" LIMIT 26";
        var filterByName = $"SELECT * FROM \"Accounts\" WHERE {filter} = @v ORDER BY \"NameKey\", \"Id\" LIMIT 26";
        var byLevel = $"SELECT * FROM \"Accounts\" ORDER BY {level}, \"Id\" LIMIT 26";
        string Same(string value) => $"SELECT * FROM \"Accounts\" WHERE {value} = @v AND \"Id\" > @id ORDER BY \"Id\" LIMIT 26";
        string Beyond(string value) => $"SELECT * FROM \"Accounts\" WHERE {value} > @v ORDER BY {value}, \"Id\" LIMIT 26";

        foreach (var (name, sql) in new[] { ("filtre + tri", filterByScore), ("filtre + nom", filterByName) })
        {
            var plan = await bare.PlanAsync(sql.Replace("@v", "'or'", StringComparison.Ordinal));
            Console.Error.WriteLine($"Plan ({name}) : {plan}");
            report.Note($"Plan, {name} : `{plan}`");
        }

        // A deep page: 60 % into the list, among the « bronze » or the middle scores.
        var deep = accounts * 6 / 10;
        var (levelValue, levelId) = await bare.RowAtAsync<string>($"SELECT {level}, \"Id\" FROM \"Accounts\" ORDER BY {level}, \"Id\" LIMIT 1 OFFSET {deep}");
        var (scoreValue, scoreId) = await bare.RowAtAsync<double>($"SELECT {score}, \"Id\" FROM \"Accounts\" ORDER BY {score}, \"Id\" LIMIT 1 OFFSET {deep}");
        var levelCursor = Uri.EscapeDataString(Keyset.Encode(levelValue, levelId));
        var scoreCursor = Uri.EscapeDataString(Keyset.Encode(scoreValue, scoreId));
        var page = (deep / 25 + 1).ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));

        report.Read("Filtre champ perso (liste) + tri champ perso (entier)",
            await Latency.MeasureAsync(samples, _ => get($"/api/v1/accounts?limit=25&{LevelKey}=or&sort={ScoreKey}")),
            await Latency.MeasureAsync(samples, _ => bare.QueryAsync(filterByScore, ("@v", "or"))));
        report.Read("Filtre champ perso (liste) + tri par nom",
            await Latency.MeasureAsync(samples, _ => get($"/api/v1/accounts?limit=25&{LevelKey}=or")),
            await Latency.MeasureAsync(samples, _ => bare.QueryAsync(filterByName, ("@v", "or"))));
        report.Read("Tri champ perso (liste), page 1",
            await Latency.MeasureAsync(samples, _ => get($"/api/v1/accounts?limit=25&sort={LevelKey}")),
            await Latency.MeasureAsync(samples, _ => bare.QueryAsync(byLevel)));
        report.Read($"Tri champ perso (liste), page {page} (keyset)",
            await Latency.MeasureAsync(samples, _ => get($"/api/v1/accounts?limit=25&sort={LevelKey}&cursor={levelCursor}")),
            await Latency.MeasureAsync(samples, _ => bare.AfterAsync(Same(level), Beyond(level), levelValue, levelId)));
        report.Read($"Tri champ perso (entier), page {page} (keyset)",
            await Latency.MeasureAsync(samples, _ => get($"/api/v1/accounts?limit=25&sort={ScoreKey}&cursor={scoreCursor}")),
            await Latency.MeasureAsync(samples, _ => bare.AfterAsync(Same(score), Beyond(score), scoreValue, scoreId)));
    }
}
