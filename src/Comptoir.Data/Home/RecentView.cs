namespace Comptoir.Data.Home;

/// <summary>A record a user opened, and when last: « Récemment consultés » on « Accueil ». One row per user and record.</summary>
public sealed class RecentView
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public string Module { get; set; } = "";
    public long RecordId { get; set; }
    public DateTime ViewedAt { get; set; }
}
