namespace Comptoir.Web.Features.Records;

/// <summary>
/// /{module}/{id}: the record's first tab, « Résumé » (its key fields and what the module adds) for a module
/// that has one, « Détails » otherwise; also where « Supprimer » posts.
/// </summary>
public sealed class RecordModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordTabPage(services, current, names, t)
{
    protected override string Tab => Module.HasSummary ? "summary" : "details";

    public IReadOnlyList<PagePart> SummaryRows { get; private set; } = [];
    public IReadOnlyList<PagePart> SummaryPanels { get; private set; } = [];
    public RecordView DetailsView => new(Shown, View.Record, View.Names);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? await ShowTabAsync(ct) : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var record = await Store.FindRecordAsync(user, id, ct);
        if (record is null) return NotFound();
        if (!Store.MayDelete(user)) return StatusCode(StatusCodes.Status403Forbidden);
        // The module may refuse (a product still priced by a list, a ledger account a customer uses): say why on the page.
        if (await Store.DeletionRefusalAsync(user, id, ct) is { } refusal)
        {
            View = await ViewOfAsync(record, ct);
            var page = await ShowTabAsync(ct);
            Header = Header with { Refusal = refusal };
            Response.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }
        switch (await Store.DeleteAsync(user, id, expectedVersion: null, ct))
        {
            case SaveStatus.NotFound: return NotFound();
            case SaveStatus.Forbidden: return StatusCode(StatusCodes.Status403Forbidden);
        }
        var title = TitleOf(record);
        TempData["Flash"] = Module.Texts.Deleted?.Format(title)
            ?? (Store.GoesToBin ? T["« {0} » placé dans la corbeille.", title].Value : T["« {0} » supprimé.", title].Value);
        return Redirect(PageExtensions.Select(e => e.AfterDelete(record)).FirstOrDefault(url => url is not null) ?? BaseUrl);
    }

    private async Task<IActionResult> ShowTabAsync(CancellationToken ct)
    {
        if (Module.HasSummary)
        {
            SummaryRows = await PartsAsync(RecordSlot.SummaryRows, ct);
            SummaryPanels = await PartsAsync(RecordSlot.SummaryPanels, ct);
        }
        return await ShowAsync(ct);
    }
}
