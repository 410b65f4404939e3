using Microsoft.Extensions.Logging;

namespace Comptoir.Data.Search;

/// <summary>
/// Fills the search index for records written before it existed, or before a module's searched fields or the
/// way terms are made changed: at start-up, a module whose stored signature differs from its current one is
/// indexed again, in batches, inside one transaction (a crash leaves the old index and the old signature).
/// </summary>
public static class SearchIndexBuild
{
    /// <summary>Raised whenever what a field type contributes changes, so that every module is indexed again.</summary>
    private const int TermsVersion = 2; // 2: the duplicate keys (Data/Duplicates) beside the terms

    private const int Batch = 2_000;

    public static async Task EnsureAsync(AppDbContext db, ModuleCatalog catalog, ILogger logger, CancellationToken ct)
    {
        // A module that maps its own entity creates its table itself, maybe after start-up: it calls RebuildAsync then.
        foreach (var module in catalog.Modules.Where(m => m.Options.Model is null && SearchIndexer.Indexed(m.Definition)))
        {
            var key = SettingKey(module);
            var stored = await db.Settings.AsNoTracking().Where(s => s.Key == key).Select(s => s.Value).FirstOrDefaultAsync(ct);
            if (stored == Signature(module.Definition)) continue;
            var count = await RebuildAsync(db, module, ct);
            if (count > 0) logger.LogInformation("Search index of {Module} built: {Count} records.", module.Name, count);
        }
    }

    /// <summary>Replaces every term of the module by those of its records as they are now (deleted ones too: a restore brings them back).</summary>
    /// <returns>The records indexed.</returns>
    public static async Task<int> RebuildAsync(AppDbContext db, ModuleRegistration module, CancellationToken ct)
    {
        var name = module.Name;
        var keys = Duplicates.DuplicateKeys.IndexOf(name);
        var count = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SearchTerms.Where(t => t.Module == name || t.Module == keys).ExecuteDeleteAsync(ct);
        for (long after = 0; ;)
        {
            var records = await module.BatchAsync(db, after, Batch, ct);
            if (records.Count == 0) break;
            foreach (var record in records)
            {
                db.SearchTerms.AddRange(SearchTerms.Of(module.Definition, record).Select(t => new SearchTerm { Module = name, Term = t, RecordId = record.Id }));
                db.SearchTerms.AddRange(Duplicates.DuplicateKeys.Of(module.Definition, record).Select(t => new SearchTerm { Module = keys, Term = t, RecordId = record.Id }));
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            after = records[^1].Id;
            count += records.Count;
        }
        var key = SettingKey(module);
        var signature = Signature(module.Definition);
        var setting = await db.Settings.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (setting is null) db.Settings.Add(new Setting { Key = key, Value = signature });
        else setting.Value = signature;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return count;
    }

    private static string SettingKey(ModuleRegistration module) => "search.index." + module.Name;

    /// <summary>What the module's terms are made of: its searched fields and their types.</summary>
    public static string Signature(ModuleDefinition module) =>
        $"{TermsVersion}:" + string.Join(",", module.SearchFields.Select(k => k + "=" + module.FindField(k)?.Type.Name))
        + ";" + Duplicates.DuplicateKeys.Signature(module);
}
