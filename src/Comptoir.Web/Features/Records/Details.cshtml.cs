using Comptoir.Data.Pricing;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Records;

/// <summary>A record's page: its fields block by block; also where « Supprimer » posts.</summary>
public sealed class DetailsModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public RecordView View { get; private set; } = null!;
    public string Title => RecordTitles.Name(Module, View.Record);
    /// <summary>Why the record cannot be deleted, shown instead of deleting it.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var record = await Store.FindRecordAsync(await UserAsync(ct), id, ct);
        if (record is null) return NotFound();
        View = await ViewOfAsync(record, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var record = await Store.FindRecordAsync(user, id, ct);
        if (record is null) return NotFound();
        // The module may refuse (a product still priced by a list): say why on the page.
        if (await Store.DeletionRefusalAsync(id, ct) is { } refusal)
        {
            View = await ViewOfAsync(record, ct);
            Refusal = refusal;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (await Store.DeleteAsync(user, id, expectedVersion: null, ct) == SaveStatus.NotFound) return NotFound();
        TempData["Flash"] = T["« {0} » supprimé.", RecordTitles.Name(Module, record)].Value;
        return Redirect(BaseUrl);
    }
}
