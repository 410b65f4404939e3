namespace Comptoir.Data.Accounts;

/// <summary>An account of the tree and its subsidiaries, by name.</summary>
public sealed record HierarchyNode(long Id, string Name, string Number, List<HierarchyNode> Children);

/// <summary>The tree around an account; Truncated when it went beyond the walk's bounds.</summary>
public sealed record HierarchyTree(HierarchyNode Root, bool Truncated);

/// <summary>
/// An account's place among its parents and subsidiaries (the « Hiérarchie » tab and the Résumé's line),
/// among the accounts the user may see. Bounded (depth, size) so a huge group still answers quickly.
/// </summary>
public static class AccountHierarchy
{
    public const int MaxDepth = 10, MaxNodes = 500;

    /// <summary>The tree from the account's topmost parent down through every subsidiary, each level in name order.</summary>
    public static async Task<HierarchyTree> TreeAsync(this AccountStore store, UserContext user, Account account, CancellationToken ct)
    {
        var visible = (await store.VisibleAsync(user, ct)).AsNoTracking();

        // Up to the topmost parent the user may see; the cycle check at save keeps this finite, the bound keeps it short.
        var top = new HierarchyNode(account.Id, account.Name, account.Number, []);
        var seen = new HashSet<long> { top.Id };
        var parentId = account.ParentAccountId;
        for (var level = 0; parentId is long p && level < MaxDepth && seen.Add(p); level++)
        {
            var parent = await visible.Where(a => a.Id == p).Select(a => new { a.Id, a.Name, a.Number, a.ParentAccountId }).FirstOrDefaultAsync(ct);
            if (parent is null) break;
            top = new HierarchyNode(parent.Id, parent.Name, parent.Number, []);
            parentId = parent.ParentAccountId;
        }

        // Then down, a level per query, in name order.
        var truncated = false;
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
                if (count >= MaxNodes) { truncated = true; break; }
                if (!seen.Add(child.Id)) continue;
                var node = new HierarchyNode(child.Id, child.Name, child.Number, []);
                level0[child.Parent].Children.Add(node);
                next[child.Id] = node;
                count++;
            }
            level0 = next;
            if (depth == MaxDepth - 1 && next.Count > 0) truncated = true;
        }
        return new HierarchyTree(top, truncated);
    }

    /// <summary>The account's direct subsidiaries the user may see.</summary>
    public static async Task<int> SubsidiaryCountAsync(this AccountStore store, UserContext user, long accountId, CancellationToken ct) =>
        await (await store.VisibleAsync(user, ct)).CountAsync(a => a.ParentAccountId == accountId, ct);
}
