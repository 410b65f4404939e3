namespace Comptoir.Data.Users;

/// <summary>
/// The signed-in user as the domain sees them, read on every request (the cookie's check and
/// CurrentUser) so that a change of role, team or activity applies on the very next request.
/// </summary>
public sealed class SignedInUsers(AppDbContext db)
{
    /// <summary>An active user with their teams and security stamp, in one query; null when inactive or gone.</summary>
    public async Task<(UserContext User, string? SecurityStamp)?> LoadAsync(int id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id && u.IsActive)
            .Select(u => new { u.Id, u.DisplayName, u.IsAdmin, u.SecurityStamp, Teams = db.TeamMembers.Where(m => m.UserId == u.Id).Select(m => m.TeamId).ToList() })
            .FirstOrDefaultAsync(ct);
        return user is null ? null : (new UserContext(user.Id, user.DisplayName, user.IsAdmin, user.Teams), user.SecurityStamp);
    }
}
