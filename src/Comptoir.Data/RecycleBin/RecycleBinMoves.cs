using System.Text.Json.Nodes;
using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.Contacts;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.History;
using Comptoir.Data.Records;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Data.RecycleBin;

/// <summary>
/// Moves a record to the bin and back, with what goes with it. Both run inside the caller's write
/// transaction (see RecordStore.DeleteAsync / RestoreAsync): the record, its contacts, the cleared links,
/// the history lines and the bin entry are written together or not at all.
/// </summary>
public static class RecycleBinMoves
{
    private const int TitleMax = 200;
    private const int NameMax = 100;

    public static async Task MoveAsync(AppDbContext db, SettingsStore settings, ModuleDefinition module, IRecord record, UserContext user,
        ContactsOnDelete contacts, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var related = new RelatedRecords();
        var deletable = (ISoftDeletable)record;
        deletable.DeletedAt = now;
        deletable.DeletedById = user.UserId;
        // A new version: a second deletion of the same record racing this one fails on the concurrency token.
        record.Version++;
        switch (module.Name)
        {
            case AccountsModule.Name:
                await AccountGoesAsync(db, settings, record.Id, user, contacts, now, related, ct);
                break;
            case ContactsModule.Name:
                await UnlinkReportsAsync(db, [record.Id], user, now, related, ct);
                break;
            case LedgerAccountsModule.Name:
                await LedgerAccountGoesAsync(db, record.Id, user, now, related, ct);
                break;
        }
        RecordHistory.Add(db, module.Name, record.Id, user, RecordHistory.Deleted, []);
        var title = module.FindField(module.TitleField) is { } field ? FieldAccess.Get(record, field)?.ToString() ?? "" : "";
        db.RecycleBin.Add(new RecycleBinEntry
        {
            Module = module.Name,
            RecordId = record.Id,
            Title = Cut(title.Length > 0 ? title : record.Number, TitleMax),
            DeletedAt = now,
            DeletedById = user.UserId,
            DeletedByName = Cut(user.DisplayName, NameMax),
            Related = related.ToJson(),
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>False when the record has no bin entry (it went with its account: restore that one).</summary>
    public static async Task<bool> RestoreAsync(AppDbContext db, ModuleDefinition module, IRecord record, UserContext user, CancellationToken ct)
    {
        var entry = await db.RecycleBin.Where(e => e.Module == module.Name && e.RecordId == record.Id)
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        if (entry is null) return false;
        var related = RelatedRecords.Parse(entry.Related);
        var now = DateTime.UtcNow;
        var deletable = (ISoftDeletable)record;
        deletable.DeletedAt = null;
        deletable.DeletedById = null;
        record.Version++;

        var back = related.DeletedContacts;
        if (back.Count > 0)
        {
            // Those purged since are simply gone: only the ones still in the bin come back.
            var present = await db.Contacts.IgnoreQueryFilters().Where(c => back.Contains(c.Id) && c.DeletedAt != null).Select(c => c.Id).ToListAsync(ct);
            await db.Contacts.IgnoreQueryFilters().Where(c => present.Contains(c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, (DateTime?)null).SetProperty(c => c.DeletedById, (int?)null), ct);
            foreach (var id in present) RecordHistory.Add(db, ContactsModule.Name, id, user, RecordHistory.Restored, []);
        }
        // A link comes back only where nobody set another since (the reference is still empty).
        foreach (var group in related.UnlinkedContacts.GroupBy(l => l.To))
        {
            var ids = group.Select(l => l.Id).ToList();
            var to = group.Key;
            var empty = await db.Contacts.IgnoreQueryFilters().Where(c => ids.Contains(c.Id) && c.AccountId == null).Select(c => c.Id).ToListAsync(ct);
            await db.Contacts.IgnoreQueryFilters().Where(c => empty.Contains(c.Id) && c.AccountId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.AccountId, to).SetProperty(c => c.Version, c => c.Version + 1)
                    .SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.UpdatedById, user.UserId), ct);
            Changed(db, ContactsModule.Name, empty, "account", null, to, user);
        }
        foreach (var group in related.Reports.GroupBy(l => l.To))
        {
            var ids = group.Select(l => l.Id).ToList();
            var to = group.Key;
            var empty = await db.Contacts.IgnoreQueryFilters().Where(c => ids.Contains(c.Id) && c.ReportsToId == null).Select(c => c.Id).ToListAsync(ct);
            await db.Contacts.IgnoreQueryFilters().Where(c => empty.Contains(c.Id) && c.ReportsToId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReportsToId, to).SetProperty(c => c.Version, c => c.Version + 1)
                    .SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.UpdatedById, user.UserId), ct);
            Changed(db, ContactsModule.Name, empty, "reportsTo", null, to, user);
        }
        foreach (var group in related.Subsidiaries.GroupBy(l => l.To))
        {
            var ids = group.Select(l => l.Id).ToList();
            var to = group.Key;
            var empty = await db.Accounts.IgnoreQueryFilters().Where(a => ids.Contains(a.Id) && a.ParentAccountId == null).Select(a => a.Id).ToListAsync(ct);
            await db.Accounts.IgnoreQueryFilters().Where(a => empty.Contains(a.Id) && a.ParentAccountId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.ParentAccountId, to).SetProperty(a => a.Version, a => a.Version + 1)
                    .SetProperty(a => a.UpdatedAt, now).SetProperty(a => a.UpdatedById, user.UserId), ct);
            Changed(db, AccountsModule.Name, empty, "parentAccount", null, to, user);
        }
        foreach (var group in related.UnlinkedAccounts.GroupBy(l => l.To))
        {
            var ids = group.Select(l => l.Id).ToList();
            var to = group.Key;
            var empty = await db.Accounts.IgnoreQueryFilters().Where(a => ids.Contains(a.Id) && a.LedgerAccountId == null).Select(a => a.Id).ToListAsync(ct);
            await db.Accounts.IgnoreQueryFilters().Where(a => empty.Contains(a.Id) && a.LedgerAccountId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LedgerAccountId, to).SetProperty(a => a.Version, a => a.Version + 1)
                    .SetProperty(a => a.UpdatedAt, now).SetProperty(a => a.UpdatedById, user.UserId), ct);
            Changed(db, AccountsModule.Name, empty, "ledgerAccount", null, to, user);
        }

        RecordHistory.Add(db, module.Name, record.Id, user, RecordHistory.Restored, []);
        db.RecycleBin.Remove(entry);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The account's contacts: the ones the user sees go to the bin when asked (« Supprimer aussi les contacts »);
    /// every other one, deleted before or hidden from the user, stays and loses its link to the account.
    /// </summary>
    private static async Task AccountGoesAsync(AppDbContext db, SettingsStore settings, long accountId, UserContext user,
        ContactsOnDelete contacts, DateTime now, RelatedRecords related, CancellationToken ct)
    {
        List<long> deleted = [];
        if (contacts == ContactsOnDelete.Delete)
        {
            var visible = await Visibility.ContactsAsync(db, settings, user, ct);
            deleted = await db.Contacts.Where(visible).Where(c => c.AccountId == accountId).Select(c => c.Id).ToListAsync(ct);
        }
        if (deleted.Count > 0)
        {
            await db.Contacts.Where(c => deleted.Contains(c.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.DeletedAt, now).SetProperty(c => c.DeletedById, user.UserId), ct);
            foreach (var id in deleted) RecordHistory.Add(db, ContactsModule.Name, id, user, RecordHistory.Deleted, []);
            related.DeletedContacts.AddRange(deleted);
            await UnlinkReportsAsync(db, deleted, user, now, related, ct);
        }

        var kept = await db.Contacts.IgnoreQueryFilters().Where(c => c.AccountId == accountId && !deleted.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        await db.Contacts.IgnoreQueryFilters().Where(c => kept.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AccountId, (long?)null).SetProperty(c => c.Version, c => c.Version + 1)
                .SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.UpdatedById, user.UserId), ct);
        Changed(db, ContactsModule.Name, kept, "account", accountId, null, user);
        related.UnlinkedContacts.AddRange(kept.Select(id => new Link(id, accountId)));

        // Subsidiaries keep existing; a parent in the bin would be a reference nobody can see nor save again.
        var children = await db.Accounts.IgnoreQueryFilters().Where(a => a.ParentAccountId == accountId).Select(a => a.Id).ToListAsync(ct);
        await db.Accounts.IgnoreQueryFilters().Where(a => children.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ParentAccountId, (long?)null).SetProperty(a => a.Version, a => a.Version + 1)
                .SetProperty(a => a.UpdatedAt, now).SetProperty(a => a.UpdatedById, user.UserId), ct);
        Changed(db, AccountsModule.Name, children, "parentAccount", accountId, null, user);
        related.Subsidiaries.AddRange(children.Select(id => new Link(id, accountId)));
    }

    /// <summary>
    /// The accounts booked under a ledger account going to the bin lose that link (kept in the entry for the restore).
    /// They are accounts in the bin: one in use refuses the deletion (LedgerAccountStore.DeletionRefusalAsync); one
    /// linked in between, which that check could not see, is unlinked the same way rather than left pointing at the bin.
    /// </summary>
    private static async Task LedgerAccountGoesAsync(AppDbContext db, long ledgerId, UserContext user, DateTime now, RelatedRecords related, CancellationToken ct)
    {
        var accounts = await db.Accounts.IgnoreQueryFilters().Where(a => a.LedgerAccountId == ledgerId).Select(a => a.Id).ToListAsync(ct);
        if (accounts.Count == 0) return;
        await db.Accounts.IgnoreQueryFilters().Where(a => accounts.Contains(a.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.LedgerAccountId, (long?)null).SetProperty(a => a.Version, a => a.Version + 1)
                .SetProperty(a => a.UpdatedAt, now).SetProperty(a => a.UpdatedById, user.UserId), ct);
        Changed(db, AccountsModule.Name, accounts, "ledgerAccount", ledgerId, null, user);
        related.UnlinkedAccounts.AddRange(accounts.Select(id => new Link(id, ledgerId)));
    }

    /// <summary>Contacts reporting to a contact going to the bin (and not going with it) lose that superior.</summary>
    private static async Task UnlinkReportsAsync(AppDbContext db, List<long> superiors, UserContext user, DateTime now, RelatedRecords related, CancellationToken ct)
    {
        var reports = await db.Contacts.IgnoreQueryFilters()
            .Where(c => c.ReportsToId != null && superiors.Contains(c.ReportsToId.Value) && !superiors.Contains(c.Id))
            .Select(c => new { c.Id, To = c.ReportsToId!.Value }).ToListAsync(ct);
        if (reports.Count == 0) return;
        var ids = reports.ConvertAll(r => r.Id);
        await db.Contacts.IgnoreQueryFilters().Where(c => ids.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ReportsToId, (long?)null).SetProperty(c => c.Version, c => c.Version + 1)
                .SetProperty(c => c.UpdatedAt, now).SetProperty(c => c.UpdatedById, user.UserId), ct);
        foreach (var report in reports)
        {
            Changed(db, ContactsModule.Name, [report.Id], "reportsTo", report.To, null, user);
            related.Reports.Add(new Link(report.Id, report.To));
        }
    }

    /// <summary>A reference the bin cleared or put back shows in the record's history like any edit.</summary>
    private static void Changed(AppDbContext db, string module, List<long> ids, string field, long? old, long? now, UserContext user)
    {
        foreach (var id in ids)
            RecordHistory.Add(db, module, id, user, RecordHistory.Updated,
                [new FieldChange(field, old is long o ? JsonValue.Create(o) : null, now is long n ? JsonValue.Create(n) : null)]);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
