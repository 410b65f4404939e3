using Comptoir.Core.Accounts;
using Comptoir.Data.Modules;
using Comptoir.Web.Features.RecycleBin;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// « Supprimer » on an account: asks what becomes of its contacts (kept without account, or deleted too),
/// then moves it to the recycle bin. A confirmation page rather than a dialog, so it works without script.
/// </summary>
public sealed class DeleteModel(AccountStore store, AccountContactCount contacts, CurrentUser current, RecordNames names) : PageModel
{
    public RecordView View { get; private set; } = null!;
    public Account Account => (Account)View.Record;

    /// <summary>The account's contacts the user sees: those « Supprimer aussi les contacts » sends to the bin.</summary>
    public int ContactCount { get; private set; }

    [BindProperty] public string Contacts { get; set; } = "keep";
    [BindProperty] public int? Version { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ContactCount = await contacts.OfAsync(await current.RequireAsync(ct), id, ct);
        Version = Account.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var user = await current.RequireAsync(ct);
        var withContacts = Contacts == DeleteWith.Delete;
        var status = await store.DeleteAsync(user, id, Version, withContacts ? DeleteChoices.Of(AccountDeletion.Contacts.Parameter) : DeleteChoices.None, ct);
        if (status == SaveStatus.NotFound) return NotFound();
        if (status == SaveStatus.VersionMismatch)
        {
            // Shown again as it is now: the user decides on what they see.
            ContactCount = await contacts.OfAsync(user, id, ct);
            Version = Account.Version;
            Error = RecycleBinText.T("Ce compte a été modifié entre-temps : vérifiez-le puis confirmez à nouveau.");
            return Page();
        }
        TempData["Flash"] = withContacts
            ? RecycleBinText.T("Compte client « {0} » et ses contacts placés dans la corbeille.", Account.Name)
            : RecycleBinText.T("Compte client « {0} » placé dans la corbeille.", Account.Name);
        return Redirect("/accounts");
    }

    /// <summary>False when the account doesn't exist or the user may not see it: the page answers 404 either way.</summary>
    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var account = await store.FindAsync(await current.RequireAsync(ct), id, ct);
        if (account is null) return false;
        View = new RecordView(store.Module, account, await names.ForAsync(store.Module, [account], ct));
        return true;
    }
}
