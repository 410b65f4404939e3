using Comptoir.Core.Contacts;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;

namespace Comptoir.Data.Demo;

/// <summary>
/// A few weeks of the demo's life, so that « Historique » is not empty on a first look: the records were
/// entered <see cref="DaysBack"/> days ago, then the sales people changed a phone, reassigned an account…
/// Each change is saved through its store as that user, then dated back to the day the story gives it.
/// </summary>
public static class DemoHistory
{
    /// <summary>How many days ago the demo's records were entered.</summary>
    public const int DaysBack = 42;

    /// <param name="Contact">The account's contact (its head is 0) the change is made on; null for the account itself.</param>
    /// <param name="Changes">Field keys and values as a form posts them; « assignedTo » names a demo user.</param>
    private sealed record Change(int DaysAgo, int Hour, string User, string Account, int? Contact, params (string Key, string Value)[] Changes);

    /// <summary>Oldest first, so that the history's order (by entry) and its dates agree.</summary>
    private static readonly Change[] Story =
    [
        new(34, 9, "marie", "Atelier Mécanique du Rhône", null, ("accountType", "customer")),
        new(27, 14, "paul", "Transports Garnier et Fils", 0, ("phone", "02 38 54 71 20")),
        // An account handed over goes with its people, so that they stay visible together when accounts are private.
        new(20, 8, "paul", "Hôtel des Remparts", null, ("assignedTo", "sophie")),
        new(20, 8, "paul", "Hôtel des Remparts", 0, ("assignedTo", "sophie")),
        new(20, 8, "paul", "Hôtel des Remparts", 1, ("assignedTo", "sophie")),
        new(12, 13, "sophie", "Hôtel des Remparts", null, ("employees", "31")),
        new(6, 10, "marie", "Groupe Lefèvre Boulangeries", 2, ("title", "Responsable des achats du groupe"), ("mobile", "06 71 24 38 95")),
        new(2, 15, "admin", "Clinique Saint-Roch", 0, ("email", "direction@clinique-saint-roch.fr")),
        new(1, 9, "paul", "Menuiserie Petit", null, ("otherPhone", "06 12 48 75 30")),
    ];

    /// <param name="users">The demo's users (and the administrator) by user name.</param>
    /// <param name="accounts">The demo accounts' ids by name; <paramref name="contacts"/> their contacts' ids, head first.</param>
    public static async Task PlayAsync(IServiceProvider provider, IReadOnlyDictionary<string, UserContext> users,
        IReadOnlyDictionary<string, long> accounts, IReadOnlyDictionary<string, List<long>> contacts, CancellationToken ct)
    {
        var db = provider.GetRequiredService<AppDbContext>();
        var accountStore = provider.GetRequiredService<AccountStore>();
        var contactStore = provider.GetRequiredService<ContactStore>();
        var today = DateTime.UtcNow.Date;
        var dated = new Dictionary<long, DateTime>();                  // history entry → when the story has it
        var touched = new Dictionary<(string, long), DateTime>();      // record → its last change
        foreach (var change in Story)
        {
            var user = users[change.User];
            var input = new RecordInput();
            foreach (var (key, value) in change.Changes)
                input.Set(key, key == "assignedTo" ? new OwnerRef(OwnerKind.User, users[value].UserId).ToString() : value);
            var (module, id) = change.Contact is int n
                ? (ContactsModule.Name, contacts[change.Account][n])
                : (AccountsModule.Name, accounts[change.Account]);
            var what = $"{change.Account} ({module})";
            if (change.Contact is null) DemoData.Saved(await accountStore.UpdateAsync(user, id, input, partial: true, null, ct), what);
            else DemoData.Saved(await contactStore.UpdateAsync(user, id, input, partial: true, null, ct), what);
            var at = today.AddDays(-change.DaysAgo).AddHours(change.Hour);
            var entry = await db.RecordChanges.Where(c => c.Module == module && c.RecordId == id).MaxAsync(c => c.Id, ct);
            dated[entry] = at;
            touched[(module, id)] = at;
        }

        // The records and their creation lines move back by DaysBack, the changes to their day: one pass, one save.
        db.ChangeTracker.Clear();
        var shift = TimeSpan.FromDays(DaysBack);
        foreach (var entry in await db.RecordChanges.ToListAsync(ct))
            entry.At = dated.TryGetValue(entry.Id, out var at) ? at : entry.At - shift;
        foreach (var account in await db.Accounts.ToListAsync(ct)) Backdate(account, AccountsModule.Name);
        foreach (var contact in await db.Contacts.ToListAsync(ct)) Backdate(contact, ContactsModule.Name);
        foreach (var ledger in await db.LedgerAccounts.ToListAsync(ct)) Backdate(ledger, "");
        await db.SaveChangesAsync(ct);

        void Backdate(IRecord record, string module)
        {
            record.CreatedAt -= shift;
            record.UpdatedAt = touched.TryGetValue((module, record.Id), out var at) ? at : record.UpdatedAt - shift;
        }
    }
}
