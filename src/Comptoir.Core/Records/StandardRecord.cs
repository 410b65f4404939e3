namespace Comptoir.Core.Records;

/// <summary>The bookkeeping every record has (see <see cref="IRecord"/>), for modules without owner or number.</summary>
public abstract class StandardRecord : IRecord
{
    public long Id { get; set; }
    /// <summary>Unused by modules whose records carry their own code; not stored for them.</summary>
    public string Number { get; set; } = "";
    public string? CustomData { get; set; }
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int? CreatedById { get; set; }
    public int? UpdatedById { get; set; }
}
