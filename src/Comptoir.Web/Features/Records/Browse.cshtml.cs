namespace Comptoir.Web.Features.Records;

/// <summary>The « Sélectionner » dialog's list: searched and paged by keyset like the module's list, JSON {items, next}.</summary>
public sealed class BrowseModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const int PageSize = 10;

    public async Task<IActionResult> OnGetAsync(string? q, string? cursor, long? exclude, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var page = await Store.ListRecordsAsync(user, new ListRequest(q, Sort: null, Descending: false, cursor, PageSize), ct);
        var items = page.Items.Where(r => r.Id != exclude)
            .Select(r => new PickerItem(r.Id, RecordTitles.Name(Module, r), RecordTitles.Meta(Module, r))).ToList();
        return new JsonResult(new PickerPage(items, page.NextCursor));
    }
}
