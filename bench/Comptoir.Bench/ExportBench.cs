using System.Diagnostics;

namespace Comptoir.Bench;

/// <summary>
/// The list export (GET /api/v1/accounts/export) of every account, CSV then XLSX, read as a client downloads it:
/// rows per second, and the server's peak memory after each (VmHWM: the export must stay flat, not grow with the
/// rows). The bare twin reads the same rows in the same order with one SELECT through the same provider.
/// </summary>
public static class ExportBench
{
    public sealed record Figure(string Name, int Rows, TimeSpan Time, long Bytes, double PeakRssMiB)
    {
        public double RowsPerSecond => Rows / Time.TotalSeconds;
    }

    public static async Task<List<Figure>> RunAsync(Uri server, string token, BareSql bare, ServerProcess process, int accounts)
    {
        using var http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        // Uncounted: the JIT compiles the export's path on a few thousand rows first.
        await DownloadAsync(http, "/api/v1/accounts/export?format=csv&q=b");
        await DownloadAsync(http, "/api/v1/accounts/export?format=xlsx&q=b");

        // Each measured twice, in turn, the faster kept: on a shared 2-core machine one run can lose half its time to others.
        var figures = new Figure?[3];
        for (var round = 0; round < 2; round++)
        {
            var watch = Stopwatch.StartNew();
            var rows = await bare.QueryAsync("SELECT * FROM \"Accounts\" ORDER BY \"NameKey\", \"Id\"");
            Keep(0, new Figure("SQL nu (un SELECT de toutes les lignes)", rows, watch.Elapsed, 0, double.NaN));
            foreach (var (format, i) in new[] { ("csv", 1), ("xlsx", 2) })
            {
                watch.Restart();
                var bytes = await DownloadAsync(http, "/api/v1/accounts/export?format=" + format);
                Keep(i, new Figure("Export " + format.ToUpperInvariant(), accounts, watch.Elapsed, bytes, process.PeakRssMiB()));
            }
        }
        return figures.Select(f => f!).ToList();

        void Keep(int i, Figure figure)
        {
            if (figures[i] is null || figure.Time < figures[i]!.Time) figures[i] = figure;
        }
    }

    private static async Task<long> DownloadAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{url} → {(int)response.StatusCode}");
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0) total += read;
        return total;
    }

    public static string ToMarkdown(IReadOnlyList<Figure> figures)
    {
        var bare = figures[0].RowsPerSecond;
        var lines = new List<string>
        {
            "| export | lignes | durée | lignes/s | ratio au SQL nu | taille | pic RSS serveur |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var f in figures)
            lines.Add(FormattableString.Invariant(
                $"| {f.Name} | {f.Rows:N0} | {f.Time.TotalSeconds:F1} s | {f.RowsPerSecond:N0} | {f.RowsPerSecond / bare:P0} | {(f.Bytes == 0 ? "" : $"{f.Bytes / 1048576.0:F1} MiB")} | {(double.IsNaN(f.PeakRssMiB) ? "" : $"{f.PeakRssMiB:F0} MiB")} |"));
        return string.Join('\n', lines);
    }
}
