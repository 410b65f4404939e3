using System.Globalization;
using System.Security.Claims;
using Comptoir.Core.Security;
using Comptoir.Data;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Infrastructure;

/// <summary>
/// The signed-in user as the domain sees them, loaded once per request from the database so
/// that a change of role, team or activity applies on the very next request.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, AppDbContext db)
{
    private UserContext? _user;
    private bool _loaded;

    public async Task<UserContext?> GetAsync(CancellationToken ct = default)
    {
        if (_loaded) return _user;
        _loaded = true;
        var principal = accessor.HttpContext?.User;
        if (principal?.Identity?.IsAuthenticated != true
            || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return null;
        return _user = (await LoadAsync(db, id, ct))?.User;
    }

    /// <summary>
    /// The authentication step has just read this user from the database (with the same query):
    /// keep it for the request rather than reading it again.
    /// </summary>
    public void Use(UserContext user)
    {
        _user = user;
        _loaded = true;
    }

    /// <summary>An active user with their teams and security stamp, in one query.</summary>
    public static async Task<(UserContext User, string? SecurityStamp)?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id && u.IsActive)
            .Select(u => new { u.Id, u.DisplayName, u.IsAdmin, u.SecurityStamp, Teams = db.TeamMembers.Where(m => m.UserId == u.Id).Select(m => m.TeamId).ToList() })
            .FirstOrDefaultAsync(ct);
        return user is null ? null : (new UserContext(user.Id, user.DisplayName, user.IsAdmin, user.Teams), user.SecurityStamp);
    }

    /// <summary>For pages and endpoints behind authorization: the user is known by then.</summary>
    public async Task<UserContext> RequireAsync(CancellationToken ct = default) =>
        await GetAsync(ct) ?? throw new UnauthorizedAccessException();
}
