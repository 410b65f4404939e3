using Comptoir.Data.History;
using Comptoir.Data.Accounts;
using Comptoir.Web.Features.Shared.History;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The account's « Historique » tab: its changes newest first, 25 a page (?cursor= continues with older ones).</summary>
public sealed class HistoryModel(AccountStore store, RecordHistoryReader history, CurrentUser current, RecordNames names)
    : AccountRecordPage(store, current, names)
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)] public long? Cursor { get; set; }

    public HistoryPanel Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Panel = new(await HistoryFormatter.PageAsync(history, Names, Store.Module, Account, Cursor, PageSize, ct), $"/accounts/{id}/history");
        return Page();
    }
}
