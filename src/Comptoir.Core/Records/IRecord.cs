namespace Comptoir.Core.Records;

/// <summary>What every module's record has: identity, number, audit stamps, a version for optimistic concurrency and its custom fields.</summary>
public interface IRecord
{
    long Id { get; set; }
    string Number { get; set; }
    int Version { get; set; }
    DateTime CreatedAt { get; set; }
    DateTime UpdatedAt { get; set; }
    int? CreatedById { get; set; }
    int? UpdatedById { get; set; }
    /// <summary>Custom field values as one JSON object keyed by field key (TEXT on SQLite, jsonb on PostgreSQL).</summary>
    string? CustomData { get; set; }
}

/// <summary>A record « Assigné à » a user or a team; that owner decides who sees it when the module is private.</summary>
public interface IOwnedRecord : IRecord
{
    int? AssignedUserId { get; set; }
    int? AssignedTeamId { get; set; }
    /// <summary>The owner's name, kept beside the ids so that lists sort by it with an index.</summary>
    string AssigneeName { get; set; }
}

public static class OwnedRecordExtensions
{
    public static OwnerRef? GetOwner(this IOwnedRecord record) =>
        record.AssignedUserId is int u ? new OwnerRef(OwnerKind.User, u)
        : record.AssignedTeamId is int t ? new OwnerRef(OwnerKind.Team, t)
        : null;

    public static void SetOwner(this IOwnedRecord record, OwnerRef? owner)
    {
        record.AssignedUserId = owner?.Kind == OwnerKind.User ? owner.Id : null;
        record.AssignedTeamId = owner?.Kind == OwnerKind.Team ? owner.Id : null;
    }
}
