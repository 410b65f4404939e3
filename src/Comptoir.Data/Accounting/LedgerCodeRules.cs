namespace Comptoir.Data.Accounting;

/// <summary>The ledger code rule as « Paramètres › Comptabilité » and its API read and change it (<see cref="LedgerCodeSettings"/>).</summary>
public sealed class LedgerCodeRules(AppDbContext db, IWriteGate gate)
{
    public Task<LedgerCodeRule> GetAsync(CancellationToken ct) => LedgerCodeSettings.GetAsync(db, ct);

    /// <summary>Saves a rule built by <see cref="LedgerCodeRule.Create"/>; the next account saved without a ledger account follows it.</summary>
    public async Task SetAsync(LedgerCodeRule rule, CancellationToken ct)
    {
        using (await gate.EnterAsync(ct)) await LedgerCodeSettings.SetAsync(db, rule, ct);
    }
}
