namespace Comptoir.Data.Records;

/// <summary>Answers field types' database questions for one user; remembers owner names for the save that follows.</summary>
public sealed class DbReferenceChecker(AppDbContext db, RecordStores stores, UserContext user) : IReferenceChecker
{
    private readonly Dictionary<OwnerRef, string?> _owners = [];

    public async Task<string?> OwnerNameAsync(OwnerRef owner, CancellationToken ct)
    {
        if (_owners.TryGetValue(owner, out var known)) return known;
        // The acting user was read (active) at the start of this request: no need to ask again.
        if (owner.Kind == OwnerKind.User && owner.Id == user.UserId) return _owners[owner] = user.DisplayName;
        var name = owner.Kind == OwnerKind.User
            ? await db.Users.AsNoTracking().Where(u => u.Id == owner.Id && u.IsActive).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
            : await db.Teams.AsNoTracking().Where(t => t.Id == owner.Id).Select(t => t.Name).FirstOrDefaultAsync(ct);
        return _owners[owner] = name;
    }

    /// <summary>Asks the module's store, which applies its own visibility (a private account, a contact of one…).</summary>
    public async Task<bool> RecordExistsAsync(string module, long id, CancellationToken ct) =>
        stores.For(module) is { } store && await store.ExistsAsync(user, id, ct);
}
