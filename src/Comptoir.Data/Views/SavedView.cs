namespace Comptoir.Data.Views;

/// <summary>
/// A saved view of a module's list (« Vues »): its name, its owner, whether everyone sees it, and the list's
/// parameters as the list's own query string (cond.*, or.*, columns, sort, order, q, field filters), so applying
/// it reads them exactly as an address is read, and checks them again against the layout as it is then.
/// </summary>
public sealed class SavedView
{
    public long Id { get; set; }
    public string Module { get; set; } = "";
    public string Name { get; set; } = "";
    public int OwnerId { get; set; }
    public bool Shared { get; set; }
    /// <summary>The canonical query string, without a leading « ? ».</summary>
    public string Query { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>The view a user's list opens with when its address has no parameters; one per user and module.</summary>
public sealed class SavedViewDefault
{
    public int UserId { get; set; }
    public string Module { get; set; } = "";
    public long ViewId { get; set; }
}
