using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Teams;

/// <summary>What the team form shows, for creation and edition alike.</summary>
public sealed record TeamForm(string? Name, string? Description, IReadOnlyCollection<int> Members, IReadOnlyList<UserSummary> Users, FieldErrors Errors, int? Version);
