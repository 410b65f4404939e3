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
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id && u.IsActive)
            .Select(u => new { u.Id, u.DisplayName, u.IsAdmin }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        var teams = await db.TeamMembers.AsNoTracking().Where(m => m.UserId == id).Select(m => m.TeamId).ToListAsync(ct);
        return _user = new UserContext(user.Id, user.DisplayName, user.IsAdmin, teams);
    }

    /// <summary>For pages and endpoints behind authorization: the user is known by then.</summary>
    public async Task<UserContext> RequireAsync(CancellationToken ct = default) =>
        await GetAsync(ct) ?? throw new UnauthorizedAccessException();
}
