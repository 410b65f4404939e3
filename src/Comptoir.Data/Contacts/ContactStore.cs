using Comptoir.Core.Contacts;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

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

    /// <summary>
    /// One box finds a contact by name prefix (« Dupont », « Dupont J », or « Jean Dupont »: accents and case
    /// ignored), number or email. Each branch is a range on an index, as for accounts.
    /// </summary>
    protected override Expression<Func<Contact, bool>> SearchPredicate(string query)
    {
        var key = SearchKey.Fold(query);
        var upper = PrefixRange.Next(key);
        if (query.Contains('@', StringComparison.Ordinal))
        {
            var email = query.ToLowerInvariant();
            return c => (string.Compare(c.NameKey, key) >= 0 && string.Compare(c.NameKey, upper) < 0) || c.Email == email;
        }
        if (query.Contains('-', StringComparison.Ordinal) && query.Any(char.IsAsciiDigit))
        {
            var number = query.ToUpperInvariant();
            return c => (string.Compare(c.NameKey, key) >= 0 && string.Compare(c.NameKey, upper) < 0) || c.Number == number;
        }
        var space = key.LastIndexOf(' ');
        if (space > 0)
        {
            // « Jean Dupont » typed as people say it: also try the key's order, last name first.
            var swapped = key[(space + 1)..] + " " + key[..space];
            var swappedUpper = PrefixRange.Next(swapped);
            return c => (string.Compare(c.NameKey, key) >= 0 && string.Compare(c.NameKey, upper) < 0)
                        || (string.Compare(c.NameKey, swapped) >= 0 && string.Compare(c.NameKey, swappedUpper) < 0);
        }
        return c => string.Compare(c.NameKey, key) >= 0 && string.Compare(c.NameKey, upper) < 0;
    }
}
