namespace Comptoir.Data.Charts;

/// <summary>The counts a module's charts show, as computed at <see cref="ComputedAt"/> for one visibility scope.</summary>
/// <param name="ByField">Per chart field key (<see cref="ModuleDefinition.ChartFields"/>), the counts by value.</param>
/// <param name="Months">New records in each of the last twelve months, oldest first (zeros included); null when the module charts none.</param>
public sealed record ModuleCharts(string Module, IReadOnlyDictionary<string, IReadOnlyList<ValueCount>> ByField,
    IReadOnlyList<MonthCount>? Months, DateTime ComputedAt)
{
    public const int MonthsShown = 12;

    /// <summary>How many records the counts went through (every field's counts add up to the visible records).</summary>
    public int Counted => ByField.Count > 0 ? ByField.Values.Max(v => v.Sum(c => c.Count)) : Months?.Sum(m => m.Count) ?? 0;

    /// <summary>The fields a module charts as the layout has them now: active standard fields of its <see cref="ModuleDefinition.ChartFields"/>.</summary>
    public static IReadOnlyList<FieldDefinition> FieldsOf(ModuleDefinition module) =>
        module.ChartFields.Select(module.FindField).OfType<FieldDefinition>().Where(f => f is { Active: true, Storage.Column: not null }).ToList();

    /// <summary>Runs the module's GROUP BY counts for the user (what <see cref="ChartCache"/> keeps).</summary>
    public static async Task<ModuleCharts> ComputeAsync(IRecordStore store, UserContext user, DateTime now, CancellationToken ct)
    {
        var module = store.Module;
        var counts = (IRecordCounts)store;
        var byField = new Dictionary<string, IReadOnlyList<ValueCount>>(StringComparer.Ordinal);
        foreach (var field in FieldsOf(module)) byField[field.Key] = await counts.CountByAsync(user, field.Storage.Column!, ct);
        IReadOnlyList<MonthCount>? months = null;
        if (module.ChartsCreations)
        {
            var first = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1 - MonthsShown);
            var found = (await counts.CountByMonthAsync(user, first, ct)).ToDictionary(m => (m.Year, m.Month), m => m.Count);
            months = Enumerable.Range(0, MonthsShown).Select(i => first.AddMonths(i))
                .Select(d => new MonthCount(d.Year, d.Month, found.GetValueOrDefault((d.Year, d.Month)))).ToList();
        }
        return new ModuleCharts(module.Name, byField, months, now);
    }
}
