using Comptoir.Core.Accounts;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// The account's « Hiérarchie » tab: the tree from its topmost parent down through every subsidiary, among
/// the accounts the user may see (<see cref="AccountHierarchy"/>).
/// </summary>
public sealed class HierarchyModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t,
    AccountStore accounts) : RecordTabPage(services, current, names, t)
{
    protected override string RequestedModule => AccountsModule.Name;
    protected override string Tab => "hierarchy";

    public HierarchyTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Tree = await accounts.TreeAsync(await UserAsync(ct), (Account)View.Record, ct);
        return await ShowAsync(ct);
    }
}
