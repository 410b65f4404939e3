namespace Comptoir.Data.Duplicates;

/// <summary>
/// Each module's duplicate rule, as « Paramètres › Doublons » saved it (one setting per module, read per request like
/// every setting); until then the module's proposal, off: API clients that create today keep working.
/// </summary>
public static class DuplicateRules
{
    private static string Key(string module) => "duplicates.rule." + module;

    public static async Task<DuplicateRule> GetAsync(Settings.SettingsStore settings, ModuleDefinition module, CancellationToken ct)
    {
        var proposed = module.Duplicates?.Proposed ?? [];
        if (module.Duplicates is null) return DuplicateRule.Off(proposed);
        var stored = DuplicateRule.FromJson(await settings.GetAsync(Key(module.Name), ct));
        if (stored is null) return DuplicateRule.Off(proposed);
        // A field the module no longer compares (renamed, retired) drops out of the rule rather than matching nothing.
        var criteria = stored.Criteria.Where(c => c.All(f => module.Duplicates.Fields.Contains(f))).ToList();
        return stored with { Criteria = criteria, Enabled = stored.Enabled && criteria.Count > 0 };
    }

    public static Task SetAsync(Settings.SettingsStore settings, string module, DuplicateRule rule, CancellationToken ct) =>
        settings.SetAsync(Key(module), rule.ToJson(), ct);
}
