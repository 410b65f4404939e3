using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Users;

/// <summary>« Ajouter un utilisateur ». Inputs are named like the API's keys.</summary>
public sealed class NewModel(UserDirectory users) : PageModel
{
    [BindProperty(Name = "username")] public string? Username { get; set; }
    [BindProperty(Name = "displayName")] public string? DisplayName { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "isAdmin")] public bool IsAdmin { get; set; }
    [BindProperty(Name = "locale")] public string? Locale { get; set; }

    public FieldErrors Errors { get; private set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await users.CreateAsync(new UserChanges
        {
            UserName = Username ?? "", DisplayName = DisplayName ?? "", Email = Email ?? "", Password = Password ?? "",
            IsAdmin = IsAdmin, IsActive = true, Locale = Locale ?? "",
        }, ct);
        if (result.Status != DirectoryStatus.Saved)
        {
            Errors = result.Errors!;
            return Page();
        }
        TempData["Flash"] = UsersText.T("L'utilisateur « {0} » a été créé.", result.Value!.UserName);
        return Redirect($"/settings/users/{result.Value.Id}");
    }
}
