using System.Text;
using System.Text.Json;

namespace Comptoir.Bench;

/// <summary>The run's figures, side by side with their bare-database twins, as Markdown and JSON.</summary>
public sealed class Report(BenchOptions options)
{
    private readonly List<(string Name, LatencyStats Api, LatencyStats Bare)> _reads = [];
    private readonly List<(string Name, LatencyStats Stats)> _pages = [];
    private readonly List<string> _notes = [];
    public TimeSpan FillTime { get; set; }
    public (double PerSecond, long Ok, long Failed) ApiCreate { get; set; }
    public (double PerSecond, long Ok, long Failed) BareCreate { get; set; }
    public double PeakRssMiB { get; set; }

    public void Read(string name, LatencyStats api, LatencyStats bare) => _reads.Add((name, api, bare));
    public void Page(string name, LatencyStats stats) => _pages.Add((name, stats));
    /// <summary>A one-off timing or finding printed with the run (a custom field's index build…).</summary>
    public void Note(string text) => _notes.Add(text);

    /// <param name="creates">False for a run that measured no creates (--search-only).</param>
    public string ToMarkdown(bool creates = true)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"### {options.Db}, {options.Accounts:N0} comptes{(options.Quick ? " (--quick)" : "")} — {Environment.ProcessorCount} cœurs, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        sb.AppendLine();
        sb.AppendLine($"Remplissage (bulk) : {FillTime.TotalSeconds:F1} s");
        sb.AppendLine();
        foreach (var note in _notes) sb.AppendLine("- " + note);
        if (_notes.Count > 0) sb.AppendLine();
        sb.AppendLine("| mesure | API HTTP p50 / p99 (ms) | SQL nu p50 / p99 (ms) | p99 API / SQL nu |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var (name, api, bare) in _reads)
            sb.AppendLine($"| {name} | {api} | {bare} | {api.P99Ms / Math.Max(bare.P99Ms, 0.001):F1} × |");
        foreach (var (name, stats) in _pages)
            sb.AppendLine($"| {name} | {stats} | — | — |");
        sb.AppendLine();
        if (!creates) return sb.AppendLine($"Mémoire du serveur (pic RSS) : {PeakRssMiB:F0} Mio").ToString();
        sb.AppendLine("| création (32 clients) | par seconde | réussies | échouées |");
        sb.AppendLine("|---|---|---|---|");
        sb.AppendLine($"| POST /api/v1/accounts | {ApiCreate.PerSecond:F0} | {ApiCreate.Ok} | {ApiCreate.Failed} |");
        sb.AppendLine($"| INSERT nu, une transaction par ligne | {BareCreate.PerSecond:F0} | {BareCreate.Ok} | {BareCreate.Failed} |");
        sb.AppendLine($"| **rapport API / nu** | **{ApiCreate.PerSecond / Math.Max(BareCreate.PerSecond, 0.001):P0}** | | |");
        sb.AppendLine();
        sb.AppendLine($"Mémoire du serveur (pic RSS) : {PeakRssMiB:F0} Mio");
        return sb.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new
    {
        options.Db, options.Accounts, options.Quick, Date = DateTime.UtcNow, Environment.ProcessorCount,
        FillSeconds = FillTime.TotalSeconds,
        Notes = _notes,
        Reads = _reads.Select(r => new { r.Name, Api = r.Api, Bare = r.Bare }),
        Pages = _pages.Select(p => new { p.Name, p.Stats }),
        Create = new { ApiPerSecond = ApiCreate.PerSecond, BarePerSecond = BareCreate.PerSecond, Ratio = ApiCreate.PerSecond / Math.Max(BareCreate.PerSecond, 0.001), ApiFailed = ApiCreate.Failed },
        PeakRssMiB,
    }, Indented);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
}
