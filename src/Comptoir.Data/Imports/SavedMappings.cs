using System.Text.Json;

namespace Comptoir.Data.Imports;

/// <summary>A mapping saved by name (« Correspondances enregistrées »): columns to fields, and the defaults beside them.</summary>
public sealed record SavedMapping(string Name, Dictionary<string, string> Mapping, Dictionary<string, string> Defaults, string SavedBy, DateTime SavedAt);

/// <summary>
/// The mappings of a module's imports, saved by name and offered at the next import of the same module: one setting
/// per module (<c>imports.mappings.&lt;module&gt;</c>), shared by its users. A name saved again replaces its mapping.
/// </summary>
public sealed class SavedMappings(Settings.SettingsStore settings)
{
    public const int MaxPerModule = 50;
    public const int NameMax = 60;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string Key(string module) => "imports.mappings." + module;

    /// <summary>By name; an unreadable setting reads as none rather than breaking the wizard.</summary>
    public async Task<List<SavedMapping>> ListAsync(string module, CancellationToken ct)
    {
        var text = await settings.GetAsync(Key(module), ct);
        if (string.IsNullOrWhiteSpace(text)) return [];
        try
        {
            return (JsonSerializer.Deserialize<List<SavedMapping>>(text, Json) ?? []).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <returns>False when the module has <see cref="MaxPerModule"/> mappings already and this is a new name.</returns>
    public async Task<bool> SaveAsync(string module, SavedMapping mapping, CancellationToken ct)
    {
        var all = await ListAsync(module, ct);
        var replaced = all.RemoveAll(m => string.Equals(m.Name, mapping.Name, StringComparison.OrdinalIgnoreCase)) > 0;
        if (!replaced && all.Count >= MaxPerModule) return false;
        all.Add(mapping);
        await settings.SetAsync(Key(module), JsonSerializer.Serialize(all, Json), ct);
        return true;
    }

    /// <returns>False when no mapping has that name.</returns>
    public async Task<bool> DeleteAsync(string module, string name, CancellationToken ct)
    {
        var all = await ListAsync(module, ct);
        if (all.RemoveAll(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)) == 0) return false;
        await settings.SetAsync(Key(module), JsonSerializer.Serialize(all, Json), ct);
        return true;
    }
}
