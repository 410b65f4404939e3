using Comptoir.Web.Features.Shared.Records;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Pricing;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The account's « Résumé » tab: its key fields and number of contacts; also where « Supprimer » posts.</summary>
public sealed class SummaryModel(AccountStore store, Data.Contacts.ContactStore contacts, CurrentUser current, RecordNames names, IStringLocalizer<AccountsText> t)
    : AccountRecordPage(store, current, names)
{
    /// <summary>« Simuler un prix »: ?product=&amp;quantity=&amp;groupQuantity= prices on this account's list.</summary>
    public PriceSimulation? Simulation { get; private set; }

    /// <summary>The account's contacts the user may see (the « Contacts » tab lists them).</summary>
    public int ContactCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ContactCount = await contacts.CountOfAccountAsync(await UserAsync(ct), id, ct);
        ViewData["ContactCount"] = ContactCount;
        Simulation = await PriceSimulation.RunAsync(HttpContext.RequestServices, await UserAsync(ct), Account, Request.Query, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var account = await Store.FindAsync(user, id, ct);
        if (account is null || await Store.DeleteAsync(user, id, expectedVersion: null, ct) == SaveStatus.NotFound) return NotFound();
        TempData["Flash"] = t["Compte client « {0} » supprimé.", account.Name].Value;
        return Redirect("/accounts");
    }
}
