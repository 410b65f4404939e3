namespace Comptoir.Data.Accounting;

/// <summary>
/// Every ledger code ever given, kept after its ledger account is deleted: accounting software
/// may still hold entries under it, so it is never given to another customer.
/// </summary>
public sealed class LedgerCode
{
    public string Code { get; set; } = "";
    public DateTime ClaimedAt { get; set; }
}
