namespace Comptoir.Web.Features.Records;

/// <summary>
/// A tab of one record's page (Résumé, Détails, Historique, or a module's own): the record as the user may
/// see it, and the header above every tab, with the tabs and parts the module's extensions add.
/// </summary>
public abstract class RecordTabPage(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public RecordView View { get; protected set; } = null!;
    public RecordHeader Header { get; protected set; } = null!;
    public string Title => TitleOf(View.Record);

    /// <summary>The tab this page is (« summary », « details », « history », or a module's tab key).</summary>
    protected abstract string Tab { get; }

    /// <summary>False when the record doesn't exist or the user may not see it: the page answers 404 either way.</summary>
    protected async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var record = await Store.FindRecordAsync(await UserAsync(ct), id, ct);
        if (record is null) return false;
        View = await ViewOfAsync(record, ct);
        return true;
    }

    /// <summary>The record as the extensions see it.</summary>
    protected async Task<RecordContext> ContextAsync(CancellationToken ct) => new(View, await UserAsync(ct), Request);

    /// <summary>What the module's extensions put in <paramref name="slot"/>, in their order.</summary>
    protected async Task<IReadOnlyList<PagePart>> PartsAsync(RecordSlot slot, CancellationToken ct)
    {
        var context = await ContextAsync(ct);
        var parts = new List<PagePart>();
        foreach (var extension in PageExtensions) parts.AddRange(await extension.PartsAsync(slot, context, ct));
        return parts;
    }

    /// <summary>Builds the header (last, so that the tab's own reads come first) and shows the page.</summary>
    protected async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var context = await ContextAsync(ct);
        var tabs = new List<RecordTab>();
        foreach (var extension in PageExtensions) tabs.AddRange(await extension.TabsAsync(context, ct));
        Header = new RecordHeader(View, Title, Tab, tabs,
            await PartsAsync(RecordSlot.HeaderLine, ct), await PartsAsync(RecordSlot.DeleteDialog, ct),
            CanDelete: Store.MayDelete(user), GoesToBin: Store.GoesToBin);
        return Page();
    }
}

/// <summary>
/// What _RecordHeader.cshtml shows above a record's tabs: the breadcrumb, the title and the line under it,
/// « Modifier » and « Supprimer » (with its dialog), then the tabs.
/// </summary>
/// <param name="ModuleTabs">The module's own tabs, between « Détails » and « Historique ».</param>
/// <param name="Line">The module's line under the title; none: the module's name.</param>
/// <param name="DeleteDialog">The module's own delete dialog; none: the plain confirmation.</param>
public sealed record RecordHeader(RecordView View, string Title, string Tab, IReadOnlyList<RecordTab> ModuleTabs,
    IReadOnlyList<PagePart> Line, IReadOnlyList<PagePart> DeleteDialog, bool CanDelete, bool GoesToBin)
{
    /// <summary>Why the record was not deleted, shown above its title.</summary>
    public string? Refusal { get; init; }
    public IRecord Record => View.Record;
    public string BaseUrl => "/" + View.Module.Name;

    /// <summary>The breadcrumb's last step: a numbered record's number (CPT-000042), otherwise its title.</summary>
    public string Crumb => View.Module.NumberPrefix is not null ? View.Record.Number : Title;
}
