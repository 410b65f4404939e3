using Comptoir.Web.Features.Shared.Records;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The account's « Résumé » tab: its key fields; also where « Supprimer » posts.</summary>
public sealed class SummaryModel(AccountStore store, CurrentUser current, RecordNames names, IStringLocalizer<AccountsText> t)
    : AccountRecordPage(store, current, names)
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var account = await Store.FindAsync(user, id, ct);
        if (account is null || await Store.DeleteAsync(user, id, expectedVersion: null, ct) == SaveStatus.NotFound) return NotFound();
        TempData["Flash"] = t["Compte client « {0} » supprimé.", account.Name].Value;
        return Redirect("/accounts");
    }
}
