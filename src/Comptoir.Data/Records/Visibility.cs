using Comptoir.Core.Contacts;

namespace Comptoir.Data.Records;

/// <summary>
/// The one place that turns the sharing rule (RecordAccess) into SQL, so pages, lists, search,
/// pickers and the API filter alike.
/// </summary>
public static class Visibility
{
    /// <summary>
    /// The records of a module with owners (<see cref="IOwnedRecord"/>) that the user sees: all, unless the module
    /// is private and the user no administrator; then those assigned to them or to one of their teams. A record
    /// type without owner is always seen.
    /// </summary>
    public static async Task<Expression<Func<T, bool>>> FilterAsync<T>(SettingsStore settings, string module, UserContext user, CancellationToken ct)
        where T : class
    {
        if (!typeof(IOwnedRecord).IsAssignableFrom(typeof(T)) || user.IsAdmin || !await settings.IsPrivateAsync(module, ct)) return _ => true;
        var userId = user.UserId;
        var teams = user.TeamIds.ToList();
        Expression<Func<IOwnedRecord, bool>> owned = r => r.AssignedUserId == userId || (r.AssignedTeamId != null && teams.Contains(r.AssignedTeamId.Value));
        // The same members read on T itself, as a lambda over T constrained to IOwnedRecord would: EF maps them to T's columns.
        var record = Expression.Parameter(typeof(T), "r");
        return Expression.Lambda<Func<T, bool>>(ParameterRebinder.Body(owned, record), record);
    }

    /// <summary>
    /// Contacts have no privacy setting of their own: they follow « accounts private ». When it is on, a
    /// non-administrator sees a contact only if it is assigned to them (or their team) AND it is linked to
    /// no account or to an account they may see; so a private account never shows through its people.
    /// </summary>
    public static async Task<Expression<Func<Contact, bool>>> ContactsAsync(AppDbContext db, SettingsStore settings, UserContext user, CancellationToken ct)
    {
        if (user.IsAdmin || !await settings.IsPrivateAsync(AccountsModule.Name, ct)) return _ => true;
        var userId = user.UserId;
        var teams = user.TeamIds.ToList();
        var accounts = db.Accounts.Where(a => a.AssignedUserId == userId || (a.AssignedTeamId != null && teams.Contains(a.AssignedTeamId.Value)));
        return c => (c.AssignedUserId == userId || (c.AssignedTeamId != null && teams.Contains(c.AssignedTeamId.Value)))
                    && (c.AccountId == null || accounts.Any(a => a.Id == c.AccountId));
    }

    /// <summary>
    /// Ledger accounts have no privacy setting of their own either: they follow the customers they are linked to.
    /// With « accounts private » on, a non-administrator sees a ledger account only if no account is linked to it,
    /// or at least one they may see is. Accounts in the recycle bin count: the ledger account of another user's
    /// deleted client stays hidden. Both tests are EXISTS on Accounts.LedgerAccountId, which is indexed.
    /// A ledger account in the bin has lost its links (they are in its bin entry, see RecycleBinMoves): the rule
    /// can no longer tell whose it was, so it is left to administrators (and to everyone when accounts are public).
    /// That test is also why binned ones stay out here: IgnoreQueryFilters in the subquery lifts the query's filters.
    /// </summary>
    public static async Task<Expression<Func<LedgerAccount, bool>>> LedgerAccountsAsync(AppDbContext db, SettingsStore settings, UserContext user, CancellationToken ct)
    {
        if (user.IsAdmin || !await settings.IsPrivateAsync(AccountsModule.Name, ct)) return _ => true;
        var linked = db.Accounts.IgnoreQueryFilters();
        var seen = linked.Where(await FilterAsync<Account>(settings, AccountsModule.Name, user, ct));
        return l => l.DeletedAt == null && (!linked.Any(a => a.LedgerAccountId == l.Id) || seen.Any(a => a.LedgerAccountId == l.Id));
    }
}
