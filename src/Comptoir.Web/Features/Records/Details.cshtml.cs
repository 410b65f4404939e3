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
    /// <summary>« Supprimer » is offered only to those who may delete (ledger accounts: administrators).</summary>
    public bool CanDelete { get; private set; }
    /// <summary>The module's records go to the recycle bin: the confirmation says so rather than « définitivement ».</summary>
    public bool GoesToBin => Store.GoesToBin;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var record = await Store.FindRecordAsync(user, id, ct);
        if (record is null) return NotFound();
        View = await ViewOfAsync(record, ct);
        CanDelete = Store.MayDelete(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var record = await Store.FindRecordAsync(user, id, ct);
        if (record is null) return NotFound();
        if (!Store.MayDelete(user)) return StatusCode(StatusCodes.Status403Forbidden);
        CanDelete = true;
        // The module may refuse (a product still priced by a list, a ledger account a customer uses): say why on the page.
        if (await Store.DeletionRefusalAsync(user, id, ct) is { } refusal)
        {
            View = await ViewOfAsync(record, ct);
            Refusal = refusal;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        switch (await Store.DeleteAsync(user, id, expectedVersion: null, ct))
        {
            case SaveStatus.NotFound: return NotFound();
            case SaveStatus.Forbidden: return StatusCode(StatusCodes.Status403Forbidden);
        }
        var title = RecordTitles.Name(Module, record);
        TempData["Flash"] = GoesToBin ? T["« {0} » placé dans la corbeille.", title].Value : T["« {0} » supprimé.", title].Value;
        return Redirect(BaseUrl);
    }
}
