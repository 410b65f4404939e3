using Microsoft.AspNetCore.WebUtilities;

namespace Comptoir.Web.Features.Export;

/// <summary>
/// « Exporter » on a list (_ExportMenu.cshtml): links to /{module}/export with what the list shows now, its search,
/// filters and sort (the pager's state, in the API's words: order rather than the page's dir). list-export.js adds
/// the ticked rows (ids) when there are some.
/// </summary>
public sealed record ExportMenu(ListPager Pager)
{
    // A list of pairs, not a dictionary: two conditions may share a parameter (cond.name.contains=a&cond.name.contains=b).
    public string Url(string format) => QueryHelpers.AddQueryString(Pager.Path + "/export",
        Pager.ApiFields.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)).Prepend(KeyValuePair.Create("format", (string?)format)));
}
