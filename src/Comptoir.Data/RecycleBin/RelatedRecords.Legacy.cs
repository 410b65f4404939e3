using Comptoir.Core.Contacts;

namespace Comptoir.Data.RecycleBin;

/// <summary>
/// Entries written before the generic shape named each list after what it held (« deletedContacts »,
/// « unlinkedContacts »…); they stay in users' bins until restored or emptied, so they are still read. The
/// bin's API and page also keep reporting counts under these names (see <see cref="CountOf"/>).
/// </summary>
public sealed partial class RelatedRecords
{
    /// <summary>A former list: the records deleted with the entry's one (<see cref="Field"/> null), or the links of one reference field.</summary>
    public sealed record LegacyList(string Name, string Module, string? Field);

    public static readonly IReadOnlyList<LegacyList> Legacy =
    [
        new("deletedContacts", ContactsModule.Name, null),
        new("unlinkedContacts", ContactsModule.Name, "account"),
        new("subsidiaries", AccountsModule.Name, "parentAccount"),
        new("reports", ContactsModule.Name, "reportsTo"),
        new("unlinkedAccounts", AccountsModule.Name, "ledgerAccount"),
    ];

    /// <summary>The count a former list would hold: « unlinkedContacts » is the contacts whose account was cleared.</summary>
    public int CountOf(LegacyList list) => list.Field is null ? DeletedCount(list.Module) : LinkCount(list.Module, list.Field);

    public int CountOf(string legacyName) => Legacy.FirstOrDefault(l => l.Name == legacyName) is { } list ? CountOf(list) : 0;

    /// <summary>A former link: record <see cref="Id"/> pointed at <see cref="To"/>.</summary>
    private sealed record OldLink(long Id, long To);

    private sealed partial class Document
    {
        public List<long>? DeletedContacts { get; init; }
        public List<OldLink>? UnlinkedContacts { get; init; }
        public List<OldLink>? Subsidiaries { get; init; }
        public List<OldLink>? Reports { get; init; }
        public List<OldLink>? UnlinkedAccounts { get; init; }

        public void AddLegacy(RelatedRecords related)
        {
            if (DeletedContacts is { Count: > 0 } deleted) related.Deleted.Add(new DeletedWith(ContactsModule.Name, deleted));
            foreach (var (name, links) in new[] { ("unlinkedContacts", UnlinkedContacts), ("subsidiaries", Subsidiaries), ("reports", Reports), ("unlinkedAccounts", UnlinkedAccounts) })
            {
                if (links is null) continue;
                var list = Legacy.First(l => l.Name == name);
                related.Links.AddRange(links.Select(l => new CutLink(list.Module, list.Field!, l.Id, l.To)));
            }
        }
    }
}
