using Comptoir.Core.Accounts;
using Comptoir.Data.History;
using Comptoir.Web.Features.Contacts;
using Comptoir.Web.Features.Pricing;
using Comptoir.Web.Features.Records;
using Comptoir.Web.Features.Shared.History;

namespace Comptoir.Web.Features.Accounts;

/// <summary>An account's own parts of its pages: tabs, header line, Résumé, delete dialog, and what its picker suggestions carry.</summary>
public sealed class AccountPageExtension(AccountStore store, AccountContactCount contacts, RecordHistoryPages history, RecordNames names,
    IStringLocalizer<ContactsText> c, IStringLocalizer<HistoryText> h) : IRecordPageExtension
{
    /// <summary>The Résumé's latest changes; the « Historique » tab has them all.</summary>
    public const int LatestChanges = 5;

    public async Task<IReadOnlyList<RecordTab>> TabsAsync(RecordContext record, CancellationToken ct)
    {
        var id = record.Record.Id;
        return
        [
            new("contacts", c["Contacts ({0})", await contacts.OfAsync(record.User, id, ct)].Value, $"/accounts/{id}/contacts"),
            new("hierarchy", h["Hiérarchie"].Value, $"/accounts/{id}/hierarchy"),
        ];
    }

    public async Task<IReadOnlyList<PagePart>> PartsAsync(RecordSlot slot, RecordContext record, CancellationToken ct)
    {
        var account = (Account)record.Record;
        switch (slot)
        {
            case RecordSlot.HeaderLine:
                return [new("/Features/Accounts/_AccountHeaderLine.cshtml", record.View)];
            case RecordSlot.DeleteDialog:
                return [new("/Features/Accounts/_DeleteDialog.cshtml", (record.View, await contacts.OfAsync(record.User, account.Id, ct)))];
            case RecordSlot.SummaryRows:
                var parent = account.ParentAccountId is long parentId ? await store.FindAsync(record.User, parentId, ct) : null;
                return
                [
                    new("/Features/Accounts/_SummaryContacts.cshtml", (account.Id, await contacts.OfAsync(record.User, account.Id, ct))),
                    new("/Features/Accounts/_SummaryHierarchy.cshtml", (account.Id, parent, await store.SubsidiaryCountAsync(record.User, account.Id, ct))),
                ];
            case RecordSlot.SummaryPanels:
                var latest = await history.PageAsync(AccountsModule.Name, account.Id, before: null, LatestChanges, ct);
                var panel = new HistoryPanel(await HistoryFormatter.FormatAsync(latest, names, record.View.Module, account, ct), $"/accounts/{account.Id}/history", Latest: true);
                // « Simuler un prix »: ?product=&quantity=&groupQuantity= prices on this account's list.
                var simulation = await PriceSimulation.RunAsync(record.Request.HttpContext.RequestServices, record.User, account, record.Request.Query, ct);
                return [new("/Features/Shared/History/_LatestChanges.cshtml", panel), new("/Features/Pricing/_PriceSimulator.cshtml", simulation)];
            default:
                return [];
        }
    }

    /// <summary>The « Compte parent » picker also gets the number and the city apart (meta joins them as every picker shows it).</summary>
    public object? Suggestion(PickerItem item, IRecord record) =>
        record is Account a ? new AccountSuggestion(a.Id, a.Name, a.Number, a.BillingCity, item.Meta) : null;

    public sealed record AccountSuggestion(long Id, string Name, string Number, string City, string Meta);
}

/// <summary>
/// « Comptabilité » set to a ledger account other customers already use: the form comes back with the
/// warning instead of saving, until the user ticks its box (<see cref="LedgerSharingWarning"/>).
/// </summary>
public sealed class AccountFormExtension(AccountStore store) : IRecordFormExtension
{
    public async Task<bool> PostedAsync(RecordFormContext form, CancellationToken ct)
    {
        if (await LedgerSharingWarning.ForPostAsync(store, form.User, form.Form, form.Request.Form, form.RecordId, ct) is not { } sharing) return false;
        form.Warnings.Add(new("/Features/Accounts/_LedgerSharing.cshtml", sharing));
        return !sharing.Confirmed;
    }
}
