using System.Text.Json;
using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Data.Layout;

/// <summary>
/// The registry every request reads: built-in modules with the stored layouts laid over them.
/// A change made in this process is seen by the next request; another process sharing the
/// database sees it within <see cref="StaleAfter"/>, the price of one tiny query per interval.
/// </summary>
public sealed class LayoutRegistry(IReadOnlyList<ModuleDefinition> builtIns) : IModuleRegistry, IDisposable
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(2);
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private volatile Snapshot _current = new(builtIns, -1, DateTime.MinValue);

    public IReadOnlyList<ModuleDefinition> BuiltIns => builtIns;
    public IReadOnlyList<ModuleDefinition> Modules => _current.Modules;

    public ModuleDefinition? Find(string name) =>
        _current.Modules.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    public ModuleDefinition? FindBuiltIn(string name) =>
        builtIns.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Reloads when another process changed a layout; at most one query per interval.</summary>
    public async Task RefreshAsync(AppDbContext db, bool force, CancellationToken ct)
    {
        if (!force && DateTime.UtcNow - _current.CheckedAt < StaleAfter) return;
        await _reload.WaitAsync(ct);
        try
        {
            var snapshot = _current;
            if (!force && DateTime.UtcNow - snapshot.CheckedAt < StaleAfter) return;
            var revision = await db.Set<LayoutChangeRecord>().MaxAsync(c => (long?)c.Id, ct) ?? 0;
            if (revision == snapshot.Revision)
            {
                _current = snapshot with { CheckedAt = DateTime.UtcNow };
                return;
            }
            var stored = await db.Set<ModuleLayout>().AsNoTracking().ToDictionaryAsync(l => l.Module, l => l.Document, ct);
            var modules = builtIns.Select(m => LayoutComposer.Compose(m, stored.TryGetValue(m.Name, out var doc) ? Parse(doc) : null)).ToList();
            _current = new Snapshot(modules, revision, DateTime.UtcNow);
        }
        finally
        {
            _reload.Release();
        }
    }

    public void Dispose() => _reload.Dispose();

    internal static LayoutDocument Parse(string json) => JsonSerializer.Deserialize<LayoutDocument>(json, Json) ?? new LayoutDocument();

    private sealed record Snapshot(IReadOnlyList<ModuleDefinition> Modules, long Revision, DateTime CheckedAt);
}
