namespace Comptoir.Data.Layout;

/// <summary>One module's stored layout (a <see cref="Core.Metadata.Layout.LayoutDocument"/> as JSON).</summary>
public sealed class ModuleLayout
{
    public string Module { get; set; } = "";
    public string Document { get; set; } = "{}";
    /// <summary>Concurrency token: two administrators saving at once cannot lose each other's change.</summary>
    public int Revision { get; set; }
}

/// <summary>One line of the layout history: who changed what in which module, and when.</summary>
public sealed class LayoutChangeRecord
{
    public long Id { get; set; }
    public string Module { get; set; } = "";
    public DateTime At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Action { get; set; } = "";
    public string Target { get; set; } = "";
    public string SubjectFr { get; set; } = "";
    public string SubjectEn { get; set; } = "";
    /// <summary>The property changes as a JSON array of {property, old, new}.</summary>
    public string Details { get; set; } = "[]";
}
