using Comptoir.Core.Accounting;
using Comptoir.Data.Records;
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
    /// Reads what a generated code needs before the save enters the write gate: the rule, and the codes
    /// already given under the name's stem (left for the gate when the code takes the number's digits,
    /// which are allocated there). Read outside the transaction, the taken codes may miss one claimed
    /// meanwhile; the claim itself is atomic and then only moves on to the next candidate.
    /// </summary>
    public static async Task<LedgerCodePlan> PlanAsync(AppDbContext db, string? name, CancellationToken ct)
    {
        var rule = await LedgerCodeSettings.GetAsync(db, ct);
        if (LedgerCodeGenerator.NeedsNumber(rule, name)) return new(rule, null, null);
        var body = LedgerCodeGenerator.Body(rule, name, null);
        return new(rule, body, await TakenAsync(db, rule, body, ct));
    }

    /// <summary>
    /// Claims the first free candidate for an account. The codes already given under the candidates'
    /// shared stem come in one query, so the 999th clash costs one read and one insert, not 999 inserts;
    /// a candidate taken meanwhile by a concurrent save only moves on to the next.
    /// </summary>
    public static async Task<string> ClaimGeneratedAsync(AppDbContext db, LedgerCodePlan plan, string? name, string? number, CancellationToken ct)
    {
        var rule = plan.Rule;
        var body = plan.Body ?? LedgerCodeGenerator.Body(rule, name, number);
        var taken = plan.Taken ?? await TakenAsync(db, rule, body, ct);
        foreach (var candidate in LedgerCodeGenerator.Candidates(rule, body))
            if (!taken.Contains(candidate) && await TryClaimAsync(db, candidate, ct)) return candidate;
        // Only when prefix and length leave no room (17 + 3: 99 clashes); the settings page warns of the 20 characters.
        throw new InvalidOperationException($"No free ledger code is left for {rule.Prefix + body}: shorten the prefix.");
    }

    private static async Task<HashSet<string>> TakenAsync(AppDbContext db, LedgerCodeRule rule, string body, CancellationToken ct)
    {
        var stem = LedgerCodeGenerator.SharedStem(rule, body);
        return (await db.LedgerCodes.AsNoTracking().Where(PrefixRange.StartsWith<LedgerCode>(nameof(LedgerCode.Code), stem)).Select(c => c.Code).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>The ledger code rule and, when known before the write gate, the body and the codes taken under its stem.</summary>
public sealed record LedgerCodePlan(LedgerCodeRule Rule, string? Body, IReadOnlySet<string>? Taken);
