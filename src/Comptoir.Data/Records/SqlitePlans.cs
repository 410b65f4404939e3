using System.Collections.Concurrent;
using Comptoir.Data.CustomFields;

namespace Comptoir.Data.Records;

/// <summary>
/// SQLite picks the filter's index whenever there is one, then sorts every match: 100,000 « or »
/// among a million accounts to sort for one page. Its statistics cannot tell a rare value from a
/// common one, so count (index only, stopping at <see cref="RareMatches"/>): a rare value keeps
/// its index, a common one is checked while the sort's index is walked, which finds a page of it
/// within a few thousand rows. PostgreSQL's statistics know each value's frequency: it chooses alone.
/// </summary>
public static class SqlitePlans
{
    /// <summary>Matches beyond which a custom field filter is checked row by row in the sort's order (SQLite).</summary>
    public const int RareMatches = 5_000;

    private static readonly ConcurrentDictionary<(string Db, Type Record, string Key, string Value), (bool Rare, DateTime Until)> Cache = new();

    /// <summary>True when a filter on the custom field's value should use its own index (always on PostgreSQL).</summary>
    public static async Task<bool> IsRareAsync<T>(AppDbContext db, FieldDefinition field, object value, CancellationToken ct) where T : class, Core.Records.IRecord
    {
        if (db.Provider != DatabaseProvider.Sqlite || CustomFieldQueries.Equal<T>(field, value) is not { } indexed) return true;
        // A value's frequency barely moves from one request to the next: count it once every few seconds
        // rather than on every list request. A stale answer only picks the slower of two correct plans.
        var cacheKey = (db.Database.GetConnectionString() ?? "", typeof(T), field.Key, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        if (Cache.TryGetValue(cacheKey, out var known) && known.Until > DateTime.UtcNow) return known.Rare;
        var rare = await db.Set<T>().Where(indexed).Take(RareMatches).CountAsync(ct) < RareMatches;
        if (Cache.Count > 10_000) Cache.Clear();
        Cache[cacheKey] = (rare, DateTime.UtcNow.AddSeconds(10));
        return rare;
    }
}
