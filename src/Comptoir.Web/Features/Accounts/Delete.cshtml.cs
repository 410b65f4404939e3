using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Modules;
using Comptoir.Data.Records;
using Comptoir.Web.Features.RecycleBin;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// « Supprimer » on an account: asks what becomes of its contacts (kept without account, or deleted too),
/// then moves it to the recycle bin. A confirmation page rather than a dialog, so it works without script.
/// </summary>
public sealed class DeleteModel(AccountStore store, ContactStore contacts, CurrentUser current, RecordNames names)
    : AccountRecordPage(store, current, names)
{
    /// <summary>The account's contacts the user sees: those « Supprimer aussi les contacts » sends to the bin.</summary>
    public int ContactCount { get; private set; }

    [BindProperty] public string Contacts { get; set; } = "keep";
    [BindProperty] public int? Version { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ContactCount = await contacts.CountOfAccountAsync(await UserAsync(ct), id, ct);
        Version = Account.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var user = await UserAsync(ct);
        var withContacts = Contacts == DeleteWith.Delete;
        var status = await Store.DeleteAsync(user, id, Version, withContacts ? DeleteChoices.Of(AccountDeletion.Contacts.Parameter) : DeleteChoices.None, ct);
        if (status == SaveStatus.NotFound) return NotFound();
        if (status == SaveStatus.VersionMismatch)
        {
            // Shown again as it is now: the user decides on what they see.
            ContactCount = await contacts.CountOfAccountAsync(user, id, ct);
            Version = Account.Version;
            Error = RecycleBinText.T("Ce compte a été modifié entre-temps : vérifiez-le puis confirmez à nouveau.");
            return Page();
        }
        TempData["Flash"] = withContacts
            ? RecycleBinText.T("Compte client « {0} » et ses contacts placés dans la corbeille.", Account.Name)
            : RecycleBinText.T("Compte client « {0} » placé dans la corbeille.", Account.Name);
        return Redirect("/accounts");
    }
}
