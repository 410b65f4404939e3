using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Features.Accounts;

/// <summary>An account of the tree and its subsidiaries, by name.</summary>
public sealed record HierarchyNode(long Id, string Name, string Number, List<HierarchyNode> Children);

/// <summary>
/// The account's « Hiérarchie » tab: the tree from its topmost parent down through every subsidiary, among
/// the accounts the user may see. Bounded (depth, size) so a huge group still answers quickly.
/// </summary>
public sealed class HierarchyModel(AccountStore store, CurrentUser current, RecordNames names)
    : AccountRecordPage(store, current, names)
{
    public const int MaxDepth = 10, MaxNodes = 500;

    public HierarchyNode Root { get; private set; } = null!;
    /// <summary>The tree went beyond <see cref="MaxDepth"/> levels or <see cref="MaxNodes"/> accounts: the page says it is cut.</summary>
    public bool Truncated { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var visible = (await Store.VisibleAsync(await UserAsync(ct), ct)).AsNoTracking();

        // Up to the topmost parent the user may see; the cycle check at save keeps this finite, the bound keeps it short.
        var top = new HierarchyNode(Account.Id, Account.Name, Account.Number, []);
        var seen = new HashSet<long> { top.Id };
        var parentId = Account.ParentAccountId;
        for (var level = 0; parentId is long p && level < MaxDepth && seen.Add(p); level++)
        {
            var parent = await visible.Where(a => a.Id == p).Select(a => new { a.Id, a.Name, a.Number, a.ParentAccountId }).FirstOrDefaultAsync(ct);
            if (parent is null) break;
            top = new HierarchyNode(parent.Id, parent.Name, parent.Number, []);
            parentId = parent.ParentAccountId;
        }

        // Then down, a level per query, in name order.
        Root = top;
        var count = 1;
        var level0 = new Dictionary<long, HierarchyNode> { [top.Id] = top };
        seen = [top.Id];
        for (var depth = 0; level0.Count > 0 && depth < MaxDepth; depth++)
        {
            var parents = level0.Keys.ToList();
            var children = await visible.Where(a => a.ParentAccountId != null && parents.Contains(a.ParentAccountId.Value))
                .OrderBy(a => a.NameKey).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.Name, a.Number, Parent = a.ParentAccountId!.Value })
                .Take(MaxNodes - count + 1).ToListAsync(ct);
            var next = new Dictionary<long, HierarchyNode>();
            foreach (var child in children)
            {
                if (count >= MaxNodes) { Truncated = true; break; }
                if (!seen.Add(child.Id)) continue;
                var node = new HierarchyNode(child.Id, child.Name, child.Number, []);
                level0[child.Parent].Children.Add(node);
                next[child.Id] = node;
                count++;
            }
            level0 = next;
            if (depth == MaxDepth - 1 && next.Count > 0) Truncated = true;
        }
        return Page();
    }
}
