using Comptoir.Data;
using Comptoir.Data.Contacts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Contacts;

/// <summary>The contact's « Résumé » tab: its key fields; also where « Supprimer » posts.</summary>
public sealed class SummaryModel(ContactStore store, AppDbContext db, CurrentUser current, RecordNames names, IStringLocalizer<ContactsText> t)
    : ContactRecordPage(store, db, current, names)
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var contact = await Store.FindAsync(user, id, ct);
        if (contact is null || await Store.DeleteAsync(user, id, expectedVersion: null, ct) == SaveStatus.NotFound) return NotFound();
        TempData["Flash"] = t["Contact « {0} » supprimé.", contact.FullName].Value;
        return Redirect(contact.AccountId is long account ? $"/accounts/{account}/contacts" : "/contacts");
    }
}
