namespace Comptoir.Core.Teams;

/// <summary>A team (équipe) records can be assigned to; its members see those records when the module is private.</summary>
public sealed class Team
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public List<TeamMember> Members { get; set; } = [];
    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

public sealed class TeamMember
{
    public int TeamId { get; set; }
    public int UserId { get; set; }
}
