namespace Comptoir.Core.Records;

/// <summary>
/// A record that goes to the recycle bin (« Corbeille ») when deleted: hidden everywhere, restorable,
/// and its unique values (number, ledger code) are never given again.
/// </summary>
public interface ISoftDeletable
{
    DateTime? DeletedAt { get; set; }
    int? DeletedById { get; set; }
}
