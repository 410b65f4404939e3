using Comptoir.Core.Accounts;
using Comptoir.Data.History;
using Comptoir.Web.Features.Shared.History;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Pricing;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The account's « Résumé » tab: its key fields, number of contacts, place in the hierarchy and latest changes; « Supprimer » posts to /accounts/{id}/delete.</summary>
public sealed class SummaryModel(AccountStore store, Data.Contacts.ContactStore contacts, RecordHistoryReader history, CurrentUser current, RecordNames names)
    : AccountRecordPage(store, current, names)
{
    public const int LatestChanges = 5;

    /// <summary>The five latest changes, with a link to the « Historique » tab.</summary>
    public HistoryPanel History { get; private set; } = null!;

    /// <summary>The parent account when the user may see it.</summary>
    public Account? Parent { get; private set; }

    /// <summary>Direct subsidiaries the user may see.</summary>
    public int SubsidiaryCount { get; private set; }

    /// <summary>« Simuler un prix »: ?product=&amp;quantity=&amp;groupQuantity= prices on this account's list.</summary>
    public PriceSimulation? Simulation { get; private set; }

    /// <summary>The account's contacts the user may see (the « Contacts » tab lists them).</summary>
    public int ContactCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ContactCount = await contacts.CountOfAccountAsync(await UserAsync(ct), id, ct);
        ViewData["ContactCount"] = ContactCount;
        var user = await UserAsync(ct);
        History = new(await HistoryFormatter.PageAsync(history, Names, Store.Module, Account, cursor: null, LatestChanges, ct), $"/accounts/{id}/history", Latest: true);
        if (Account.ParentAccountId is long parentId) Parent = await Store.FindAsync(user, parentId, ct);
        SubsidiaryCount = await (await Store.VisibleAsync(user, ct)).CountAsync(a => a.ParentAccountId == id, ct);
        Simulation = await PriceSimulation.RunAsync(HttpContext.RequestServices, await UserAsync(ct), Account, Request.Query, ct);
        return Page();
    }
}
