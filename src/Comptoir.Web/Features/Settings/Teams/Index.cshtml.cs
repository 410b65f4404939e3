using Comptoir.Data.Teams;
using Comptoir.Web.Features.Teams;

namespace Comptoir.Web.Features.Settings.Teams;

/// <summary>« Paramètres › Équipes ».</summary>
public sealed class IndexModel(TeamDirectory teams) : PageModel
{
    public IReadOnlyList<TeamSummary> Teams { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Teams = await teams.ListAllAsync(ct);
}
