namespace Comptoir.Data.Accounting;

/// <summary>A ledger code already claimed by a concurrent save (the codes were checked just before).</summary>
public sealed class LedgerCodeTakenException(string code)
    : InvalidOperationException($"Ledger code {code} was claimed by a concurrent save.");

/// <summary>
/// Claims ledger codes in the LedgerCodes table, inside the caller's transaction. The claim is one
/// atomic INSERT … ON CONFLICT DO NOTHING: on PostgreSQL a competing transaction that inserted the
/// same code makes it wait for that one's commit, then insert nothing; on SQLite the write gate
/// already serialises savers. A code stays claimed after its ledger account is deleted.
/// </summary>
public static class LedgerCodeClaims
{
    /// <summary>True when the code was free and is now ours; false when it was ever given.</summary>
    public static async Task<bool> TryClaimAsync(AppDbContext db, string code, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "LedgerCodes" ("Code", "ClaimedAt") VALUES ({code}, {now}) ON CONFLICT ("Code") DO NOTHING""", ct);
        return inserted == 1;
    }

    public static Task<bool> IsClaimedAsync(AppDbContext db, string code, CancellationToken ct) =>
        db.LedgerCodes.AsNoTracking().AnyAsync(c => c.Code == code, ct);

    /// <summary>
    /// Claims the first free candidate for an account. The candidate where this server's hints start is nearly
    /// always free, and is claimed straight away; on a clash, which candidates are taken from there on is read
    /// a window at a time, so a name shared by 1,000 accounts costs a few reads once, not 1,000 inserts.
    /// </summary>
    public static async Task<string> ClaimGeneratedAsync(AppDbContext db, LedgerCodeHints hints, LedgerCodeRule rule, string? name, string? number, CancellationToken ct)
    {
        var body = LedgerCodeGenerator.Body(rule, name, number);
        var index = hints.StartOf(rule, body);
        var first = LedgerCodeGenerator.CandidatesFrom(rule, body, index).FirstOrDefault() ?? throw NoneLeft(rule, body);
        if (await TryClaimAsync(db, first, ct))
        {
            // A plain code given is not remembered: most names are given once.
            if (index > 0) hints.TakenBefore(rule, body, index + 1);
            return first;
        }
        hints.TakenBefore(rule, body, index + 1);
        var (free, taken) = await FindFreeAsync(db, hints, rule, body, hints.StartOf(rule, body), ct);
        foreach (var candidate in LedgerCodeGenerator.CandidatesFrom(rule, body, free))
        {
            // One taken meanwhile by a concurrent save only moves on to the next.
            if (!taken.Contains(candidate) && await TryClaimAsync(db, candidate, ct))
            {
                hints.TakenBefore(rule, body, free + 1);
                return candidate;
            }
            free++;
        }
        throw NoneLeft(rule, body);
    }

    /// <summary>
    /// Reads the candidates from <paramref name="start"/> on, a window at a time (16, then 32, 64… up to
    /// 1,024), until one is unclaimed: its index, and the candidates of that window seen taken.
    /// </summary>
    private static async Task<(long Free, IReadOnlySet<string> Taken)> FindFreeAsync(AppDbContext db, LedgerCodeHints hints, LedgerCodeRule rule, string body, long start, CancellationToken ct)
    {
        for (var size = 16; ; size = Math.Min(size * 2, 1024))
        {
            var window = LedgerCodeGenerator.CandidatesFrom(rule, body, start).Take(size).ToList();
            if (window.Count == 0) throw NoneLeft(rule, body);
            var taken = (await db.LedgerCodes.AsNoTracking().Where(c => window.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var free = window.FindIndex(c => !taken.Contains(c));
            hints.TakenBefore(rule, body, start + (free >= 0 ? free : window.Count));
            if (free >= 0) return (start + free, taken);
            start += window.Count;
        }
    }

    // Only when prefix and length leave no room (17 + 3: 99 clashes); the settings page warns of the 20 characters.
    private static InvalidOperationException NoneLeft(LedgerCodeRule rule, string body) =>
        new($"No free ledger code is left for {rule.Prefix + body}: shorten the prefix.");
}
