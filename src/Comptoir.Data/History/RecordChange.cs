namespace Comptoir.Data.History;

/// <summary>
/// One line of a record's history (« Modifications »): its creation, a save that changed fields,
/// its deletion or its restore, by whom and when, through the pages or the API alike.
/// </summary>
public sealed class RecordChange
{
    public long Id { get; set; }
    public string Module { get; set; } = "";
    public long RecordId { get; set; }
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>created, updated, deleted, restored, or import:{id} for a record an import created.</summary>
    public string Action { get; set; } = "";
    /// <summary>JSON array of {field, old, new}: values as stored (codes, ids), formatted when shown.</summary>
    public string Changes { get; set; } = "[]";
}
