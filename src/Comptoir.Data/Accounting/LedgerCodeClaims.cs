using Comptoir.Core.Accounting;
using Microsoft.EntityFrameworkCore;

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
    /// Reads what a generated code needs before the save enters the write gate: the rule, and where the first
    /// free candidate is (left for the gate when the code takes the number's digits, which are allocated
    /// there). Read outside the transaction, a candidate may be claimed meanwhile; the claim itself is
    /// atomic and then only moves on to the next.
    /// </summary>
    public static async Task<LedgerCodePlan> PlanAsync(AppDbContext db, LedgerCodeHints hints, string? name, CancellationToken ct)
    {
        var rule = await LedgerCodeSettings.GetAsync(db, ct);
        if (LedgerCodeGenerator.NeedsNumber(rule, name)) return new(rule, null, 0, EmptySet);
        return await FindFreeAsync(db, hints, rule, LedgerCodeGenerator.Body(rule, name, null), ct);
    }

    /// <summary>Claims the first free candidate for an account, from where the plan found one.</summary>
    public static async Task<string> ClaimGeneratedAsync(AppDbContext db, LedgerCodeHints hints, LedgerCodePlan plan, string? name, string? number, CancellationToken ct)
    {
        if (plan.Body is null) plan = await FindFreeAsync(db, hints, plan.Rule, LedgerCodeGenerator.Body(plan.Rule, name, number), ct);
        foreach (var candidate in LedgerCodeGenerator.CandidatesFrom(plan.Rule, plan.Body!, plan.Start))
            if (!plan.Taken.Contains(candidate) && await TryClaimAsync(db, candidate, ct)) return candidate;
        throw NoneLeft(plan.Rule, plan.Body!);
    }

    /// <summary>
    /// Reads the candidates a window at a time from where the hints start (16, then 32, 64… up to 1,024),
    /// until one is unclaimed: a clash costs one read of at most 16 codes by their key, however many
    /// accounts share the name, and a server just started reaches the 1,000th clash in 7 reads.
    /// </summary>
    private static async Task<LedgerCodePlan> FindFreeAsync(AppDbContext db, LedgerCodeHints hints, LedgerCodeRule rule, string body, CancellationToken ct)
    {
        var start = hints.StartOf(rule, body);
        for (var size = 16; ; size = Math.Min(size * 2, 1024))
        {
            var window = LedgerCodeGenerator.CandidatesFrom(rule, body, start).Take(size).ToList();
            if (window.Count == 0) throw NoneLeft(rule, body);
            var taken = (await db.LedgerCodes.AsNoTracking().Where(c => window.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var free = window.FindIndex(c => !taken.Contains(c));
            hints.SeenTakenBefore(rule, body, start + (free >= 0 ? free : window.Count));
            if (free >= 0) return new(rule, body, start + free, taken);
            start += window.Count;
        }
    }

    // Only when prefix and length leave no room (17 + 3: 99 clashes); the settings page warns of the 20 characters.
    private static InvalidOperationException NoneLeft(LedgerCodeRule rule, string body) =>
        new($"No free ledger code is left for {rule.Prefix + body}: shorten the prefix.");

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();
}

/// <summary>
/// The ledger code rule and, when known before the write gate, the body, the index of its first candidate
/// seen free and the candidates of that read seen taken.
/// </summary>
public sealed record LedgerCodePlan(LedgerCodeRule Rule, string? Body, long Start, IReadOnlySet<string> Taken);
