namespace Comptoir.Core.Security;

/// <summary>
/// vtiger's sharing model, reduced to what the tutorial needs: a module is public (everyone
/// reads and edits) or private (only the assignee, the assigned team's members and administrators).
/// </summary>
public static class RecordAccess
{
    public static bool CanSee(UserContext user, IOwnedRecord record, bool modulePrivate) =>
        !modulePrivate
        || user.IsAdmin
        || record.AssignedUserId == user.UserId
        || (record.AssignedTeamId is int team && user.TeamIds.Contains(team));
}
