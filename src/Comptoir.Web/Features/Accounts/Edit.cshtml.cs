using System.Globalization;
using Comptoir.Core.Accounts;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Accounts;

/// <summary>« Modifier »: the form pre-filled; the version it was opened at refuses to overwrite someone else's save.</summary>
public sealed class EditModel(AccountStore store, CurrentUser current, RecordNames names, IStringLocalizer<AccountsText> t)
    : AccountRecordPage(store, current, names)
{
    public RecordForm Form { get; private set; } = null!;
    public bool Conflict { get; private set; }
    public LedgerSharingWarning? Sharing { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = RecordForm.FromRecord(Store.Module, Account, View.Names);
        Form.Choices = await Names.ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var posted = RecordForm.FromPost(Store.Module, Request.Form);
        int? expected = int.TryParse(Request.Form["_version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        // Another customer's ledger account newly chosen: the same page with the warning, nothing saved until it is confirmed.
        Sharing = await LedgerSharingWarning.ForPostAsync(Store, user, posted, Request.Form, id, ct);
        SaveOutcome<Account>? outcome = null;
        if (Sharing is not { Confirmed: false })
        {
            outcome = await Store.UpdateAsync(user, id, posted.ToInput(), partial: false, expected, ct);
            switch (outcome.Status)
            {
                case SaveStatus.NotFound:
                    return NotFound();
                case SaveStatus.Saved:
                    TempData["Flash"] = t["Modifications enregistrées."].Value;
                    return Redirect($"/accounts/{id}");
            }
        }

        // Not saved: show the account as saved now (header, read-only fields), with what the user typed.
        var saved = await Store.FindAsync(user, id, ct);
        if (saved is null) return NotFound();
        View = await ViewOfAsync(saved, ct);
        Form = Rebuild(posted, saved);
        if (outcome?.Status == SaveStatus.VersionMismatch)
        {
            // Their values stay on screen; the current version lets a second « Enregistrer » go through, deliberately.
            Conflict = true;
            Form.Version = saved.Version;
        }
        else
        {
            foreach (var (key, messages) in outcome?.Validation?.Errors ?? []) Form.Errors[key] = messages;
            Form.Version = expected;
        }
        Form.Choices = await Names.ChoicesAsync(ct);
        return Page();
    }

    private RecordForm Rebuild(RecordForm posted, Account saved)
    {
        var form = RecordForm.FromRecord(Store.Module, saved, View.Names);
        form.Values.Clear();
        foreach (var (key, value) in posted.Values) form.Values[key] = value;
        form.ReferenceNames.Clear();
        foreach (var (key, value) in posted.ReferenceNames) form.ReferenceNames[key] = value;
        return form;
    }
}
