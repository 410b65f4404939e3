using Comptoir.Core.Contacts;

namespace Comptoir.Data.Contacts;

public sealed class ContactStore(RecordStoreServices services)
    : RecordStore<Contact>(services, ContactsModule.Name)
{
    /// <summary>Contacts follow their account's privacy (see <see cref="Visibility.ContactsAsync"/>), not a setting of their own.</summary>
    protected override Task<Expression<Func<Contact, bool>>> VisibilityAsync(UserContext user, CancellationToken ct) =>
        Visibility.ContactsAsync(Db, Settings, user, ct);

    protected override void CheckRelations(long id, RecordValidation validation)
    {
        if (validation.Values.TryGetValue("reportsTo", out var superior) && superior is long s && s == id)
            validation.AddError("reportsTo", ContactText.T("Un contact ne peut pas être son propre supérieur hiérarchique."));
    }

    /// <summary>The account's « Contacts » tab: its contacts the user may see, by name (or by name descending).</summary>
    public async Task<List<Contact>> OfAccountAsync(UserContext user, long accountId, bool descending, int limit, CancellationToken ct)
    {
        var query = (await VisibleAsync(user, ct)).AsNoTracking().Where(c => c.AccountId == accountId);
        query = descending ? query.OrderByDescending(c => c.NameKey).ThenByDescending(c => c.Id) : query.OrderBy(c => c.NameKey).ThenBy(c => c.Id);
        return await query.Take(limit).ToListAsync(ct);
    }

    public async Task<int> CountOfAccountAsync(UserContext user, long accountId, CancellationToken ct) =>
        await (await VisibleAsync(user, ct)).CountAsync(c => c.AccountId == accountId, ct);
}
