using Comptoir.Data.Records;
using Comptoir.Data;
using Comptoir.Data.Contacts;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Comptoir.Web.Features.Contacts;

/// <summary>The contact's « Détails » tab: every block as the registry has it now.</summary>
public sealed class DetailsModel(ContactStore store, AppDbContext db, CurrentUser current, RecordNames names) : ContactRecordPage(store, db, current, names)
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }
}
