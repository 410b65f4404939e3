using Comptoir.Data.History;
using Comptoir.Web.Features.Shared.History;

namespace Comptoir.Web.Features.Records;

/// <summary>/{module}/{id}/history, « Historique »: the record's changes newest first, 25 a page (?cursor= continues with older ones).</summary>
public sealed class HistoryModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t,
    RecordHistoryPages history) : RecordTabPage(services, current, names, t)
{
    public const int PageSize = 25;

    protected override string Tab => "history";

    [BindProperty(SupportsGet = true)] public long? Cursor { get; set; }

    public HistoryPanel Panel { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var page = await history.PageAsync(Module.Name, id, Cursor, PageSize, ct);
        Panel = new(await HistoryFormatter.FormatAsync(page, Names, Module, View.Record, ct), $"{BaseUrl}/{id}/history");
        return await ShowAsync(ct);
    }
}
