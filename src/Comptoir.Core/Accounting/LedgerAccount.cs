namespace Comptoir.Core.Accounting;

/// <summary>
/// A ledger account (compte comptable): the code under which accounting software books a customer.
/// Deleted, it goes to the recycle bin, its code still claimed.
/// </summary>
public sealed class LedgerAccount : StandardRecord, ISoftDeletable
{
    /// <summary>Unique, upper case; a code once used is never given again (see LedgerCode).</summary>
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    /// <summary>Label folded for search and sorting (see <see cref="SearchKey"/>).</summary>
    public string LabelKey { get; set; } = "";
    /// <summary>The general ledger account it rolls up to: 411000 for customers.</summary>
    public string CollectiveAccount { get; set; } = "";
    /// <summary>customer | supplier | other.</summary>
    public string Kind { get; set; } = "";
    public bool Active { get; set; } = true;
    public string Description { get; set; } = "";
    public DateTime? DeletedAt { get; set; }
    public int? DeletedById { get; set; }
}
