using Comptoir.Data.Teams;
using Comptoir.Web.Features.Teams;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Users;

/// <summary>Edit a user: name, email, role, activity, language, teams, and an optional new password.</summary>
public sealed class EditModel(UserDirectory users, TeamDirectory teams, CurrentUser current) : PageModel
{
    [BindProperty(Name = "displayName")] public string? DisplayName { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "password")] public string? Password { get; set; }
    [BindProperty(Name = "isAdmin")] public bool IsAdmin { get; set; }
    [BindProperty(Name = "isActive")] public bool IsActive { get; set; }
    [BindProperty(Name = "locale")] public string? Locale { get; set; }
    [BindProperty(Name = "teams")] public List<int> Teams { get; set; } = [];
    [BindProperty(Name = "_version")] public int Version { get; set; }

    public UserSummary Edited { get; private set; } = null!;
    public IReadOnlyList<TeamSummary> AllTeams { get; private set; } = [];
    public bool IsSelf { get; private set; }
    public FieldErrors Errors { get; private set; } = new();

    /// <summary>The refused save's errors above the form; « Équipes » is a group of boxes, its errors lead to the first.</summary>
    public ErrorSummary SummaryOfErrors => Errors.ToErrorSummary(key => key == "teams"
        ? AllTeams.Select(t => $"team-{t.Id}").FirstOrDefault()
        : ErrorSummary.InputsNamed("displayName", "email", "password", "isAdmin", "isActive", "locale")(key));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (DisplayName, Email, IsAdmin, IsActive, Locale, Teams, Version) =
            (Edited.DisplayName, Edited.Email, Edited.IsAdmin, Edited.IsActive, Edited.Locale, Edited.Teams.ToList(), Edited.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var actor = await current.RequireAsync(ct);
        var result = await users.UpdateAsync(actor, id, new UserChanges
        {
            DisplayName = DisplayName ?? "", Email = Email ?? "", IsAdmin = IsAdmin, IsActive = IsActive, Locale = Locale ?? "",
            Password = string.IsNullOrEmpty(Password) ? null : Password, Teams = Teams,
        }, Version, ct);
        switch (result.Status)
        {
            case DirectoryStatus.NotFound:
                return NotFound();
            case DirectoryStatus.Saved:
                TempData["Flash"] = UsersText.T("Les modifications de « {0} » sont enregistrées.", result.Value!.UserName);
                return Redirect("/settings/users");
        }
        Errors = result.Errors ?? new FieldErrors();
        if (result.Status == DirectoryStatus.VersionMismatch)
            Errors.Add(FieldErrors.General, UsersText.T("Cet utilisateur a été modifié entre-temps par quelqu'un d'autre : rechargez la page pour voir ses valeurs actuelles."));
        await LoadAsync(id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await users.FindAsync(id, ct) is not { } user) return false;
        Edited = user;
        IsSelf = (await current.RequireAsync(ct)).UserId == id;
        AllTeams = await teams.ListAllAsync(ct);
        return true;
    }
}
