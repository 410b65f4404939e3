using System.Linq.Expressions;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.Settings;

namespace Comptoir.Data.Records;

/// <summary>
/// The one place that turns the sharing rule (RecordAccess) into SQL, so pages, lists, search,
/// pickers and the API filter alike.
/// </summary>
public static class Visibility
{
    public static async Task<Expression<Func<T, bool>>> FilterAsync<T>(SettingsStore settings, string module, UserContext user, CancellationToken ct)
        where T : class, IOwnedRecord
    {
        if (user.IsAdmin || !await settings.IsPrivateAsync(module, ct)) return _ => true;
        var userId = user.UserId;
        var teams = user.TeamIds.ToList();
        return r => r.AssignedUserId == userId || (r.AssignedTeamId != null && teams.Contains(r.AssignedTeamId.Value));
    }
}
