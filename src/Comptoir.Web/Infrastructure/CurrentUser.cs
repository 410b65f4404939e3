using System.Security.Claims;

namespace Comptoir.Web.Infrastructure;

/// <summary>
/// The signed-in user as the domain sees them, loaded once per request (<see cref="SignedInUsers"/>) so
/// that a change of role, team or activity applies on the very next request.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor, SignedInUsers users)
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
        return _user = (await users.LoadAsync(id, ct))?.User;
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

    /// <summary>For pages and endpoints behind authorization: the user is known by then.</summary>
    public async Task<UserContext> RequireAsync(CancellationToken ct = default) =>
        await GetAsync(ct) ?? throw new UnauthorizedAccessException();
}
