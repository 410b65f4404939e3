using Comptoir.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace Comptoir.Web.Features.Auth;

public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, ILogger<LoginModel> logger) : PageModel
{
    public string? Error { get; private set; }
    public string? Username { get; private set; }
    public string ReturnUrl { get; private set; } = "/";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        Username = username;
        ReturnUrl = SafeReturn(returnUrl);
        var user = string.IsNullOrWhiteSpace(username) ? null : await users.FindByNameAsync(username.Trim());
        if (user is null || !user.IsActive || string.IsNullOrEmpty(password))
        {
            Error = SharedText.T("Identifiant ou mot de passe incorrect.");
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused for locked-out user {User}", user.UserName);
            Error = SharedText.T("Trop d'essais infructueux : ce compte est verrouillé pendant quelques minutes.");
            return Page();
        }
        if (!result.Succeeded)
        {
            Error = SharedText.T("Identifiant ou mot de passe incorrect.");
            return Page();
        }
        if (user.Locale is "fr" or "en") LanguageCookie.Write(Response, user.Locale);
        return LocalRedirect(ReturnUrl);
    }

    private string SafeReturn(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";
}
