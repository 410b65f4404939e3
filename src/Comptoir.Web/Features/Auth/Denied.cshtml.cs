namespace Comptoir.Web.Features.Auth;

/// <summary>Where the cookie scheme sends a signed-in user who lacks a right: an honest 403, not a 404.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
