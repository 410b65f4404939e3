using Comptoir.Data.Duplicates;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// A group « Trouver les doublons » found, as one user may see it: the records they may see (number and name), how many
/// others still exist that they may not (counted, never named), and how many beyond the ids a group keeps.
/// </summary>
public sealed record FoundGroup(DuplicateGroup Group, IReadOnlyList<DuplicateHit> Records, int Hidden)
{
    public int More => Math.Max(0, Group.Count - Group.IdList().Count);

    /// <summary>
    /// « Fusionner »: the merge page with the records seen, oldest first, as many as one merge takes (a larger group
    /// merges in several rounds); null when fewer than two are left to merge.
    /// </summary>
    public string? MergeUrl(string baseUrl) =>
        Records.Count >= 2 ? baseUrl + "/merge?ids=" + DuplicateGroup.Join(Records.Select(r => r.Id).Order().Take(Data.Merge.MergeRequest.MaxSources + 1)) : null;
}

public static class FoundGroups
{
    /// <summary>The page's groups as <paramref name="user"/> may see them: one query for all their records.</summary>
    public static async Task<IReadOnlyList<FoundGroup>> ForAsync(IRecordStore store, UserContext user, IReadOnlyList<DuplicateGroup> groups, CancellationToken ct)
    {
        var ids = groups.SelectMany(g => g.IdList()).Distinct().ToList();
        var (visible, existing) = await store.GroupMembersAsync(user, ids, ct);
        var byId = visible.ToDictionary(h => h.Id);
        return groups.Select(g =>
        {
            var kept = g.IdList();
            var records = kept.Where(byId.ContainsKey).Select(i => byId[i]).ToList();
            return new FoundGroup(g, records, kept.Count(i => existing.Contains(i) && !byId.ContainsKey(i)));
        }).ToList();
    }

    /// <summary>The fields a group matched on, as the module labels them (« Nom compte, SIRET »).</summary>
    public static string FieldsText(ModuleDefinition module, DuplicateGroup group) =>
        string.Join(", ", group.FieldList().Select(k => module.FindField(k)?.Label.ToString() ?? k));
}
