using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Data.Accounts;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The account's « Détails » tab: every block as the registry has it now.</summary>
public sealed class DetailsModel(AccountStore store, CurrentUser current, RecordNames names) : AccountRecordPage(store, current, names)
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();
}
