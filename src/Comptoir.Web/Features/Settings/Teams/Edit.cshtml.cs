using Comptoir.Data.Teams;
using Comptoir.Web.Features.Teams;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Teams;

/// <summary>Edit a team, or delete it (refused while accounts are still assigned to it).</summary>
public sealed class EditModel(TeamDirectory teams, UserDirectory users) : PageModel
{
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "description")] public string? Description { get; set; }
    [BindProperty(Name = "members")] public List<int> Members { get; set; } = [];
    [BindProperty(Name = "_version")] public int Version { get; set; }

    public TeamSummary Team { get; private set; } = null!;
    public TeamForm Form { get; private set; } = null!;
    public string? DeleteError { get; private set; }

    /// <summary>A refused delete at the top of the page, with the focus, like a refused save.</summary>
    public ErrorSummary SummaryOfDelete =>
        new(TeamsText.T("L'équipe n'a pas été supprimée :"), DeleteError is null ? [] : [new ErrorSummaryItem(DeleteError, null)]);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await teams.FindAsync(id, ct) is not { } team) return NotFound();
        Team = team;
        Form = new(team.Name, team.Description, team.Members, await users.ListAllAsync(ct), new(), team.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await teams.UpdateAsync(id, new TeamChanges { Name = Name ?? "", Description = Description ?? "", Members = Members }, Version, ct);
        switch (result.Status)
        {
            case DirectoryStatus.NotFound:
                return NotFound();
            case DirectoryStatus.Saved:
                TempData["Flash"] = TeamsText.T("Les modifications de l'équipe « {0} » sont enregistrées.", result.Value!.Name);
                return Redirect("/settings/teams");
        }
        var errors = result.Errors ?? new FieldErrors();
        if (result.Status == DirectoryStatus.VersionMismatch)
            errors.Add(FieldErrors.General, TeamsText.T("Cette équipe a été modifiée entre-temps par quelqu'un d'autre : rechargez la page pour voir ses valeurs actuelles."));
        if (await teams.FindAsync(id, ct) is not { } team) return NotFound();
        Team = team;
        Form = new(Name, Description, Members, await users.ListAllAsync(ct), errors, Version);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var result = await teams.DeleteAsync(id, null, ct);
        if (result.Status == DirectoryStatus.NotFound) return NotFound();
        if (result.Status == DirectoryStatus.Saved)
        {
            TempData["Flash"] = TeamsText.T("L'équipe a été supprimée.");
            return Redirect("/settings/teams");
        }
        await OnGetAsync(id, ct);
        DeleteError = result.Message;
        return Page();
    }
}
