using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Teams;

/// <summary>What the team form shows, for creation and edition alike.</summary>
public sealed record TeamForm(string? Name, string? Description, IReadOnlyCollection<int> Members, IReadOnlyList<UserSummary> Users, FieldErrors Errors, int? Version)
{
    /// <summary>The users offered as members: the active ones, and the inactive ones still members.</summary>
    public IEnumerable<UserSummary> Shown => Users.Where(u => u.IsActive || Members.Contains(u.Id));

    /// <summary>The refused save's errors above the form; « Membres » is a group of boxes, its errors lead to the first.</summary>
    public ErrorSummary SummaryOfErrors => Errors.ToErrorSummary(key => key == "members"
        ? Shown.Select(u => $"member-{u.Id}").FirstOrDefault()
        : ErrorSummary.InputsNamed("name", "description")(key));
}
