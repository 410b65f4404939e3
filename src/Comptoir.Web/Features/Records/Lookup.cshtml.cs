using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Records;

/// <summary>Suggestions for a reference picker typed into: the list's own search, JSON [{id, name, meta}].</summary>
public sealed class LookupModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const int MaxResults = 10;

    public async Task<IActionResult> OnGetAsync(string? q, long? exclude, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var page = await Store.ListRecordsAsync(user, new ListRequest(q, Sort: null, Descending: false, Cursor: null, MaxResults + 1), ct);
        return new JsonResult(page.Items.Where(r => r.Id != exclude).Take(MaxResults)
            .Select(r => new PickerItem(r.Id, RecordTitles.Name(Module, r), RecordTitles.Meta(Module, r))));
    }
}
