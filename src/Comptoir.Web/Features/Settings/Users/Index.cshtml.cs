using Comptoir.Data.Teams;
using Comptoir.Web.Features.Teams;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Settings.Users;

/// <summary>« Paramètres › Utilisateurs »: everyone, active or not, with their teams.</summary>
public sealed class IndexModel(UserDirectory users, TeamDirectory teams) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    public IReadOnlyDictionary<int, string> TeamNames { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Users = await users.ListAllAsync(ct);
        TeamNames = (await teams.ListAllAsync(ct)).ToDictionary(t => t.Id, t => t.Name);
    }
}
