namespace Comptoir.Data.Teams;

/// <summary>What a form or a JSON body asks to change on a team; null means "leave as is" (PATCH).</summary>
public sealed class TeamChanges
{
    public string? Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<int>? Members { get; init; }
}

/// <summary>A team as pages and the API show it.</summary>
public sealed record TeamSummary(int Id, string Name, string Description, IReadOnlyList<int> Members, int Version);
