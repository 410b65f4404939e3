namespace Comptoir.Web.Features.Records;

/// <summary>/{module}/{id}/details: the « Détails » tab of a module that opens on its « Résumé »; every block as the registry has it now.</summary>
public sealed class DetailsModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordTabPage(services, current, names, t)
{
    protected override string Tab => "details";

    public RecordView DetailsView => new(Shown, View.Record, View.Names);

    // Without a « Résumé », « Détails » is /{module}/{id} itself: one address per page.
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        Module.HasSummary && await LoadAsync(id, ct) ? await ShowAsync(ct) : NotFound();
}
