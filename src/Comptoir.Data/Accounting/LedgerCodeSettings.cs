namespace Comptoir.Data.Accounting;

/// <summary>
/// The ledger code rule in the settings table, read per save so a change applies at once on every
/// instance. A missing or damaged value falls back on the default rather than failing a save.
/// </summary>
public static class LedgerCodeSettings
{
    public const string PrefixKey = "ledger.prefix", SourceKey = "ledger.source", LengthKey = "ledger.length";

    /// <summary>Compiled once: every account saved without a ledger account reads the rule.</summary>
    private static readonly CompiledPerModel<Func<AppDbContext, IAsyncEnumerable<Setting>>> Read = new(() =>
        EF.CompileAsyncQuery((AppDbContext db) => db.Settings.AsNoTracking().Where(s => s.Key == PrefixKey || s.Key == SourceKey || s.Key == LengthKey)));

    public static async Task<LedgerCodeRule> GetAsync(AppDbContext db, CancellationToken ct)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var setting in Read.For(db)(db).WithCancellation(ct)) values[setting.Key] = setting.Value;
        var defaults = LedgerCodeRule.Default;
        var (rule, _) = LedgerCodeRule.Create(
            values.GetValueOrDefault(PrefixKey, defaults.Prefix),
            values.GetValueOrDefault(SourceKey, LedgerCodeRule.SourceCode(defaults.Source)),
            int.TryParse(values.GetValueOrDefault(LengthKey), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : defaults.Length);
        return rule ?? defaults;
    }

    /// <summary>Saves a rule built by <see cref="LedgerCodeRule.Create"/> (so already valid).</summary>
    public static async Task SetAsync(AppDbContext db, LedgerCodeRule rule, CancellationToken ct)
    {
        Put(db, PrefixKey, rule.Prefix);
        Put(db, SourceKey, LedgerCodeRule.SourceCode(rule.Source));
        Put(db, LengthKey, rule.Length.ToString(CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
    }

    private static void Put(AppDbContext db, string key, string value)
    {
        var setting = db.Settings.Find(key);
        if (setting is null) db.Settings.Add(new Setting { Key = key, Value = value });
        else setting.Value = value;
    }
}
