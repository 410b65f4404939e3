using Comptoir.Data.Teams;
using Comptoir.Web.Features.Teams;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Teams;

public sealed class NewModel(TeamDirectory teams, UserDirectory users) : PageModel
{
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "description")] public string? Description { get; set; }
    [BindProperty(Name = "members")] public List<int> Members { get; set; } = [];

    public TeamForm Form { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Form = new(null, null, [], await users.ListAllAsync(ct), new(), null);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await teams.CreateAsync(new TeamChanges { Name = Name ?? "", Description = Description ?? "", Members = Members }, ct);
        if (result.Status == DirectoryStatus.Saved)
        {
            TempData["Flash"] = TeamsText.T("L'équipe « {0} » a été créée.", result.Value!.Name);
            return Redirect("/settings/teams");
        }
        Form = new(Name, Description, Members, await users.ListAllAsync(ct), result.Errors!, null);
        return Page();
    }
}
