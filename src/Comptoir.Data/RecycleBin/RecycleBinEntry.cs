namespace Comptoir.Data.RecycleBin;

/// <summary>
/// A deletion waiting in the recycle bin: the record (kept in its table, marked deleted), what it
/// was called, and the links the deletion cut, so that a restore brings them back.
/// </summary>
public sealed class RecycleBinEntry
{
    public long Id { get; set; }
    public string Module { get; set; } = "";
    public long RecordId { get; set; }
    public string Title { get; set; } = "";
    public DateTime DeletedAt { get; set; }
    public int? DeletedById { get; set; }
    public string DeletedByName { get; set; } = "";
    /// <summary>JSON of what went with it: contacts deleted too, contacts unlinked from it.</summary>
    public string Related { get; set; } = "{}";
}
