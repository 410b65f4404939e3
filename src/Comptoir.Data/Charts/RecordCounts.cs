namespace Comptoir.Data.Charts;

/// <summary>How many visible records hold one value of a field (null: the field left empty).</summary>
public sealed record ValueCount(string? Value, int Count);

/// <summary>How many visible records were created in one month (UTC).</summary>
public sealed record MonthCount(int Year, int Month, int Count);

/// <summary>
/// The aggregates a store answers for the charts (GROUP BY counts), over the records the user may see; implemented
/// once by every <see cref="Records.RecordStore{T}"/> (Records/RecordStore.Counts.cs).
/// </summary>
public interface IRecordCounts
{
    /// <summary>
    /// Who else sees the same counts: « * » when the user sees every record of the module (an administrator, a
    /// public module), otherwise a key of the user's own, since what they see is their own records and their teams'.
    /// </summary>
    Task<string> ScopeAsync(UserContext user, CancellationToken ct);

    /// <summary>The visible records counted by the value of <paramref name="column"/>, most frequent first.</summary>
    Task<IReadOnlyList<ValueCount>> CountByAsync(UserContext user, string column, CancellationToken ct);

    /// <summary>The visible records created since <paramref name="since"/>, counted by month.</summary>
    Task<IReadOnlyList<MonthCount>> CountByMonthAsync(UserContext user, DateTime since, CancellationToken ct);

    /// <summary>Those of <paramref name="ids"/> that exist and the user may see, with their number (CPT-000042; empty when the module numbers none).</summary>
    Task<IReadOnlyDictionary<long, string>> VisibleNumbersAsync(UserContext user, IReadOnlyCollection<long> ids, CancellationToken ct);
}
