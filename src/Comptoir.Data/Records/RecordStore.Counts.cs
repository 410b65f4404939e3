using Comptoir.Data.Charts;

namespace Comptoir.Data.Records;

/// <summary>The charts' aggregates (see <see cref="IRecordCounts"/>), through the store's own visibility rule.</summary>
public abstract partial class RecordStore<T> : IRecordCounts
{
    public async Task<string> ScopeAsync(UserContext user, CancellationToken ct) =>
        // Visibility answers the constant « true » exactly when nothing is hidden from this user.
        (await VisibilityAsync(user, ct)).Body is ConstantExpression { Value: true }
            ? "*"
            : string.Create(CultureInfo.InvariantCulture, $"user:{user.UserId}");

    public async Task<IReadOnlyList<ValueCount>> CountByAsync(UserContext user, string column, CancellationToken ct)
    {
        var rows = await (await VisibleAsync(user, ct)).AsNoTracking()
            .GroupBy(r => EF.Property<string?>(r, column))
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ValueCount(string.IsNullOrEmpty(r.Key) ? null : r.Key, r.Count))
            // An empty string and null are both « vide »: one bar.
            .GroupBy(r => r.Value).Select(g => new ValueCount(g.Key, g.Sum(r => r.Count))).ToList();
    }

    public async Task<IReadOnlyList<MonthCount>> CountByMonthAsync(UserContext user, DateTime since, CancellationToken ct)
    {
        var rows = await (await VisibleAsync(user, ct)).AsNoTracking()
            .Where(r => r.CreatedAt >= since)
            .GroupBy(r => new { r.CreatedAt.Year, r.CreatedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(ct);
        return rows.ConvertAll(r => new MonthCount(r.Year, r.Month, r.Count));
    }

    public async Task<IReadOnlyDictionary<long, string>> VisibleNumbersAsync(UserContext user, IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ids.Count == 0 ? new Dictionary<long, string>()
            : await (await VisibleAsync(user, ct)).AsNoTracking().Where(r => ids.Contains(r.Id))
                .Select(r => new { r.Id, r.Number }).ToDictionaryAsync(r => r.Id, r => r.Number ?? "", ct);
}
