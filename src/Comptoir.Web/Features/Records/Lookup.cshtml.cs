namespace Comptoir.Web.Features.Records;

/// <summary>
/// Suggestions for a reference picker typed into: the list's own search, only records the user may see,
/// never the record being edited (?exclude=: an account cannot be its own parent); JSON [{id, name, meta}].
/// </summary>
public sealed class LookupModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const int MaxResults = 10;

    public async Task<IActionResult> OnGetAsync(string? q, long? exclude, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var page = await Store.ListRecordsAsync(user, new ListRequest(q, Sort: null, Descending: false, Cursor: null, MaxResults + 1), ct);
        var extensions = PageExtensions.ToList();
        return new JsonResult(page.Items.Where(r => r.Id != exclude).Take(MaxResults).Select(r =>
        {
            var item = new PickerItem(r.Id, TitleOf(r), RecordTitles.Meta(Module, r));
            // The module may send more than the pickers show (the accounts' number and city).
            return extensions.Select(e => e.Suggestion(item, r)).FirstOrDefault(s => s is not null) ?? item;
        }).ToList());
    }
}
