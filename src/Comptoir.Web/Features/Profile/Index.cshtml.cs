using Comptoir.Data.Api;
using Comptoir.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Web.Features.Profile;

/// <summary>« Mon profil »: name, email, language, password and API tokens of the signed-in user.</summary>
public sealed class IndexModel(UserDirectory users, CurrentUser current, ApiTokenStore tokens,
    SignInManager<AppUser> signIn, UserManager<AppUser> identity) : PageModel
{
    [BindProperty(Name = "displayName")] public string? DisplayName { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "locale")] public string? Locale { get; set; }

    public UserSummary Me { get; private set; } = null!;
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];
    public FieldErrors DetailErrors { get; private set; } = new();
    public FieldErrors PasswordErrors { get; private set; } = new();
    public FieldErrors TokenErrors { get; private set; } = new();
    public string? TokenName { get; private set; }
    /// <summary>A token just created: shown this once, never stored in clear.</summary>
    public string? NewToken { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        (DisplayName, Email, Locale) = (Me.DisplayName, Me.Email, Me.Locale);
    }

    public async Task<IActionResult> OnPostDetailsAsync(CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        var result = await users.UpdateAsync(actor, actor.UserId,
            new UserChanges { DisplayName = DisplayName ?? "", Email = Email ?? "", Locale = Locale ?? "" }, null, ct);
        if (result.Status != DirectoryStatus.Saved)
        {
            DetailErrors = result.Errors ?? new FieldErrors();
            await LoadAsync(ct);
            return Page();
        }
        // The language follows the user from this response on; "automatic" hands it back to the browser.
        if (result.Value!.Locale is { } locale) LanguageCookie.Write(Response, locale);
        else LanguageCookie.Clear(Response);
        TempData["Flash"] = ProfileText.T("Votre profil est enregistré.");
        return Redirect("/profile");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string? currentPassword, string? newPassword, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        PasswordErrors = await users.ChangePasswordAsync(actor.UserId, currentPassword, newPassword, ct);
        if (PasswordErrors.Any)
        {
            await OnGetAsync(ct);
            return Page();
        }
        // The new password moved the security stamp, which ends every other session of this user;
        // this one gets a fresh cookie so the person who changed it stays signed in.
        if (await identity.FindByIdAsync(actor.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } me)
            await signIn.RefreshSignInAsync(me);
        TempData["Flash"] = ProfileText.T("Votre mot de passe a été changé.");
        return Redirect("/profile");
    }

    public async Task<IActionResult> OnPostCreateTokenAsync(string? tokenName, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        TokenName = tokenName?.Trim();
        if (string.IsNullOrEmpty(TokenName)) TokenErrors.Add("tokenName", ProfileText.T("Donnez un nom au jeton (par exemple le script qui l'utilisera)."));
        else if (TokenName.Length > ApiTokenStore.MaxNameLength) TokenErrors.Add("tokenName", ProfileText.T("Le nom du jeton ne doit pas dépasser 100 caractères."));
        if (!TokenErrors.Any)
        {
            NewToken = await tokens.IssueAsync(actor.UserId, TokenName!, ct);
            TokenName = null;
        }
        await OnGetAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(int tokenId, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        if (!await tokens.RevokeAsync(actor.UserId, tokenId, ct)) return NotFound();
        TempData["Flash"] = ProfileText.T("Le jeton a été révoqué : il ne permet plus d'accéder à l'API.");
        return Redirect("/profile");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        Me = await users.FindAsync(actor.UserId, ct) ?? throw new UnauthorizedAccessException();
        Tokens = await tokens.ActiveAsync(actor.UserId, ct);
    }
}
