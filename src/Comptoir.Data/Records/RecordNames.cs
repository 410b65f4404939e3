namespace Comptoir.Data.Records;

/// <summary>
/// Loads, in batched queries, the names that formatting needs (referenced records; owners come from
/// the records themselves), so a list of 25 rows costs at most one query more, not 25.
/// </summary>
public sealed class RecordNames(AppDbContext db, ModuleCatalog catalog)
{
    public async Task<FormatContext> ForAsync(ModuleDefinition module, IEnumerable<IRecord> records, CancellationToken ct)
    {
        var users = new HashSet<int>();
        var teams = new HashSet<int>();
        var references = new Dictionary<string, HashSet<long>>(StringComparer.Ordinal);
        var names = new Dictionary<(string, long), string>();
        foreach (var record in records)
        {
            foreach (var field in module.ActiveFields)
            {
                var value = field.Type.NamesRecords ? FieldAccess.Get(record, field) : null;
                switch (value)
                {
                    // The record keeps its owner's name beside the ids (renames follow): no query needed.
                    case OwnerRef owner when record is IOwnedRecord { AssigneeName.Length: > 0 } owned:
                        names[(owner.Kind == OwnerKind.User ? "users" : "teams", owner.Id)] = owned.AssigneeName;
                        break;
                    case OwnerRef { Kind: OwnerKind.User } u: users.Add(u.Id); break;
                    case OwnerRef { Kind: OwnerKind.Team } t: teams.Add(t.Id); break;
                    case long id when field.ReferenceModule is { } target:
                        if (!references.TryGetValue(target, out var ids)) references[target] = ids = [];
                        ids.Add(id);
                        break;
                }
            }
        }
        if (users.Count > 0)
            foreach (var u in await db.Users.AsNoTracking().Where(u => users.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct))
                names[("users", u.Id)] = u.DisplayName;
        if (teams.Count > 0)
            foreach (var t in await db.Teams.AsNoTracking().Where(t => teams.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
                names[("teams", t.Id)] = t.Name;
        foreach (var (target, ids) in references)
            foreach (var (id, name) in await TitlesAsync(target, ids, ct))
                names[(target, id)] = name;
        return new FormatContext(CultureInfo.CurrentUICulture, (module, id) => names.GetValueOrDefault((module, id)));
    }

    /// <summary>
    /// What names a referenced record in forms, lists and pages: its module's title field (a ledger account also
    /// shows its label, see <see cref="ModuleDefinition.TitleDetailField"/>); nothing for a module nobody registered.
    /// </summary>
    private async Task<List<(long Id, string Name)>> TitlesAsync(string module, HashSet<long> ids, CancellationToken ct) =>
        catalog.Find(module) is { } registration ? await registration.NamesAsync(db, ids, ct) : [];

    public async Task<EditorChoices> ChoicesAsync(CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        return new EditorChoices(
            users.Select(u => (new OwnerRef(OwnerKind.User, u.Id), u.DisplayName)).ToList(),
            teams.Select(t => (new OwnerRef(OwnerKind.Team, t.Id), t.Name)).ToList());
    }
}

/// <summary>The users and teams « Assigné à » offers.</summary>
public sealed record EditorChoices(IReadOnlyList<(OwnerRef Owner, string Name)> Users, IReadOnlyList<(OwnerRef Owner, string Name)> Teams)
{
    public static readonly EditorChoices Empty = new([], []);
}
