using System.Text.Json;
using Comptoir.Data.Duplicates;

namespace Comptoir.Data.Records;

/// <summary>
/// Duplicates, for every module that declares them (<see cref="ModuleDefinition.Duplicates"/>): the check the form's
/// panel and POST /api/v1/{module}/duplicates/check make, and the rule that holds a save (create and update, so
/// the API, the pages, mass actions and imports all meet it). docs/duplicates.md.
/// </summary>
public abstract partial class RecordStore<T>
{
    /// <summary>
    /// The records the values typed match: by the panel's criteria and, when on, the rule's (<see cref="DuplicateReport.RuleMatched"/>),
    /// plus the same company's other establishments; invalid or empty values match nothing.
    /// </summary>
    /// <param name="exclude">The record being edited, which is not its own duplicate.</param>
    public async Task<DuplicateReport> CheckDuplicatesAsync(UserContext user, RecordInput input, long? exclude, CancellationToken ct)
    {
        var module = Module;
        var rule = await DuplicateRules.GetAsync(Settings, module, ct);
        if (module.Duplicates is not { } duplicates) return DuplicateReport.None with { Rule = rule };
        object? ValueOf(FieldDefinition field) => TypedValue(input, field);
        var keys = DuplicateKeys.KeysOf(module, ValueOf);
        var criteria = duplicates.Panel.Select(c => (c, false));
        if (rule.Enabled) criteria = rule.Criteria.Select(c => (c, true)).Concat(criteria);
        var related = new Dictionary<string, (string Key, string Related)>(StringComparer.Ordinal);
        foreach (var key in duplicates.Fields)
            if (keys.TryGetValue(key, out var form) && module.FindField(key) is { } field && field.Type.RelatedKey(field, ValueOf(field)) is { } prefix)
                related[key] = (form, prefix);
        return await ReportAsync(user, keys, criteria, related, exclude, ct) with { Rule = rule };
    }

    public async Task<DuplicateReport> MatchDuplicatesAsync(UserContext user, RecordInput input, IReadOnlyList<string> fields, CancellationToken ct)
    {
        if (Module.Duplicates is null) return DuplicateReport.None;
        var keys = DuplicateKeys.KeysOf(Module, f => TypedValue(input, f));
        return await ReportAsync(user, keys, [(fields, true)], related: null, exclude: null, ct);
    }

    /// <summary>
    /// The records of groups « Trouver les doublons » found that the user may see, named, oldest first; and which of
    /// the ids are still out of the recycle bin, so the others are counted as hidden, never named. One query each, for a page of groups.
    /// </summary>
    public async Task<(IReadOnlyList<DuplicateHit> Visible, IReadOnlySet<long> Existing)> GroupMembersAsync(UserContext user, IReadOnlyCollection<long> ids,
        CancellationToken ct)
    {
        if (ids.Count == 0) return ([], new HashSet<long>());
        var visible = await (await VisibleAsync(user, ct)).AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Number }).ToListAsync(ct);
        var existing = visible.Count == ids.Count
            ? visible.Select(r => r.Id).ToHashSet()
            : (await Db.Set<T>().AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        var names = await NamesAsync(visible.ConvertAll(r => r.Id), ct);
        return (visible.ConvertAll(r => new DuplicateHit(r.Id, r.Number, names.GetValueOrDefault(r.Id) ?? r.Number, [])), existing);
    }

    /// <summary>A value typed as its field's type parses it; null when empty or invalid (which matches nothing).</summary>
    private static object? TypedValue(RecordInput input, FieldDefinition field)
    {
        if (!input.Values.TryGetValue(field.Key, out var raw) || raw.IsEmpty) return null;
        var parsed = raw.Json is { ValueKind: not JsonValueKind.String } json ? field.Type.ParseJson(field, json) : field.Type.Parse(field, raw.AsText!);
        return parsed.IsValid ? parsed.Value : null;
    }

    /// <summary>
    /// The matches that hold a save by the module's rule, or null: rule off, a warning the user confirmed, an edit
    /// that changes none of the rule's fields (<paramref name="keysBefore"/>), or no match.
    /// </summary>
    private async Task<DuplicateReport?> HeldByDuplicatesAsync(UserContext user, T record, long? id, Dictionary<string, string>? keysBefore,
        bool confirmed, CancellationToken ct)
    {
        var module = Module;
        if (module.Duplicates is null) return null;
        var rule = await DuplicateRules.GetAsync(Settings, module, ct);
        if (!rule.Enabled || (confirmed && rule.Action == DuplicateAction.Warn)) return null;
        var keys = DuplicateKeys.KeysOf(module, f => FieldAccess.Get(record, f));
        if (keysBefore is not null && rule.Fields.All(f => keys.GetValueOrDefault(f) == keysBefore.GetValueOrDefault(f))) return null;
        var report = await ReportAsync(user, keys, rule.Criteria.Select(c => (c, true)), related: null, id, ct);
        return report.Any ? report with { Rule = rule, RuleMatched = true } : null;
    }

    private Dictionary<string, string> DuplicateKeysOf(T record) =>
        DuplicateKeys.KeysOf(Module, f => FieldAccess.Get(record, f));

    private async Task<DuplicateReport> ReportAsync(UserContext user, Dictionary<string, string> keys,
        IEnumerable<(IReadOnlyList<string>, bool)> criteria, Dictionary<string, (string Key, string Related)>? related, long? exclude, CancellationToken ct)
    {
        if (keys.Count == 0) return DuplicateReport.None;
        var matched = await DuplicateFinder.MatchAsync(Db, ModuleName, keys, criteria, exclude, ct);
        var (hits, hidden) = await HitsAsync(user, matched, ct);
        var sameCompany = related is { Count: > 0 } ? await DuplicateFinder.RelatedAsync(Db, ModuleName, related, exclude, ct) : [];
        foreach (var id in matched.Keys) sameCompany.Remove(id);
        var (company, companyHidden) = await HitsAsync(user, sameCompany, ct);
        return new DuplicateReport(hits, hidden, company, companyHidden) { RuleMatched = matched.Values.Any(m => m.ByRule) };
    }

    /// <summary>The matched ids the user may see, named, and how many others exist outside the recycle bin.</summary>
    private async Task<(List<DuplicateHit> Hits, int Hidden)> HitsAsync(UserContext user, Dictionary<long, (SortedSet<string> Fields, bool ByRule)> matched, CancellationToken ct)
    {
        if (matched.Count == 0) return ([], 0);
        var ids = matched.Keys.ToList();
        var visible = await (await VisibleAsync(user, ct)).AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync(ct);
        var existing = visible.Count == ids.Count ? ids.Count : await Db.Set<T>().AsNoTracking().CountAsync(r => ids.Contains(r.Id), ct);
        var names = await NamesAsync(visible.ConvertAll(r => r.Id), ct);
        var hits = visible.ConvertAll(r => new DuplicateHit(r.Id, r.Number, names.GetValueOrDefault(r.Id) ?? r.Number, matched[r.Id].Fields.ToList()));
        return (hits, existing - visible.Count);
    }
}
