using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.Contacts;
using Comptoir.Core.Security;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Data.RecycleBin;

/// <summary>One entry of the bin as listed, with how many records went with it or lost a link to it.</summary>
public sealed record RecycleBinItem(RecycleBinEntry Entry, RelatedRecords Related);

public sealed record RecycleBinPage(IReadOnlyList<RecycleBinItem> Items, long? NextCursor);

/// <summary>
/// The « Corbeille »: what was deleted, newest first, as far as the user could see the records; and
/// emptying it for good (administrators; the callers check).
/// </summary>
public sealed class RecycleBinStore(AppDbContext db, SettingsStore settings, IWriteGate gate)
{
    public const int MaxLimit = 200;

    /// <param name="before">The entry id the previous page ended on (keyset: ids grow with time).</param>
    public async Task<RecycleBinPage> ListAsync(UserContext user, long? before, int limit, CancellationToken ct)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var query = await VisibleAsync(user, ct);
        if (before is long b) query = query.Where(e => e.Id < b);
        var rows = await query.AsNoTracking().OrderByDescending(e => e.Id).Take(limit + 1).ToListAsync(ct);
        long? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = rows[^1].Id;
        }
        return new RecycleBinPage(rows.ConvertAll(e => new RecycleBinItem(e, RelatedRecords.Parse(e.Related))), next);
    }

    /// <summary>
    /// Entries of records the user could see were they not deleted: the sharing rule applied to the
    /// records in the bin (an administrator, or public accounts, see everything).
    /// </summary>
    private async Task<IQueryable<RecycleBinEntry>> VisibleAsync(UserContext user, CancellationToken ct)
    {
        if (user.IsAdmin || !await settings.IsPrivateAsync(AccountsModule.Name, ct)) return db.RecycleBin;
        var accounts = db.Accounts.IgnoreQueryFilters().Where(await Visibility.FilterAsync<Account>(settings, AccountsModule.Name, user, ct));
        var contacts = db.Contacts.IgnoreQueryFilters().Where(await Visibility.ContactsAsync(db, settings, user, ct));
        var ledgers = db.LedgerAccounts.IgnoreQueryFilters().Where(await Visibility.LedgerAccountsAsync(db, settings, user, ct));
        return db.RecycleBin.Where(e =>
            (e.Module == AccountsModule.Name && accounts.Any(a => a.Id == e.RecordId))
            || (e.Module == ContactsModule.Name && contacts.Any(c => c.Id == e.RecordId))
            || (e.Module == LedgerAccountsModule.Name && ledgers.Any(l => l.Id == e.RecordId)));
    }

    /// <summary>
    /// « Vider la corbeille »: deletes for good every record in it (and the contacts that went with an
    /// account), then the entries. Numbers and ledger codes stay spent: their counters never go back.
    /// </summary>
    /// <returns>The number of entries emptied.</returns>
    public async Task<int> EmptyAsync(CancellationToken ct)
    {
        using (await gate.EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Only the entries read here: one deleted meanwhile (PostgreSQL has no write gate) waits for the next emptying.
            var entries = await db.RecycleBin.AsNoTracking().ToListAsync(ct);
            var accounts = entries.Where(e => e.Module == AccountsModule.Name).Select(e => e.RecordId).ToList();
            var ledgers = entries.Where(e => e.Module == LedgerAccountsModule.Name).Select(e => e.RecordId).ToList();
            var contacts = entries.Where(e => e.Module == ContactsModule.Name).Select(e => e.RecordId)
                .Concat(entries.SelectMany(e => RelatedRecords.Parse(e.Related).DeletedContacts)).ToList();
            var ids = entries.ConvertAll(e => e.Id);
            // Contacts first; references to them or to the accounts are cleared by the foreign keys (ON DELETE SET NULL).
            await db.Contacts.IgnoreQueryFilters().Where(c => contacts.Contains(c.Id) && c.DeletedAt != null).ExecuteDeleteAsync(ct);
            await db.Accounts.IgnoreQueryFilters().Where(a => accounts.Contains(a.Id) && a.DeletedAt != null).ExecuteDeleteAsync(ct);
            // Their codes stay in LedgerCodes: never given again.
            await db.LedgerAccounts.IgnoreQueryFilters().Where(l => ledgers.Contains(l.Id) && l.DeletedAt != null).ExecuteDeleteAsync(ct);
            await db.RecycleBin.Where(e => ids.Contains(e.Id)).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
            return entries.Count;
        }
    }
}
