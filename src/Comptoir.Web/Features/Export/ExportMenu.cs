using Microsoft.AspNetCore.WebUtilities;

namespace Comptoir.Web.Features.Export;

/// <summary>
/// « Exporter » on a list (_ExportMenu.cshtml): links to /{module}/export with what the list shows now, its search,
/// filters and sort (the pager's state, in the API's words: order rather than the page's dir). list-export.js adds
/// the ticked rows (ids) when there are some.
/// </summary>
public sealed record ExportMenu(ListPager Pager)
{
    public string Url(string format)
    {
        var query = new Dictionary<string, string?>(StringComparer.Ordinal) { ["format"] = format };
        // ?view= is not sent: the view's parameters are in the state already.
        foreach (var (key, value) in Pager.StateFields.Where(p => p.Key != Views.ViewQuery.Parameter))
            query[key == "dir" ? "order" : key] = value;
        return QueryHelpers.AddQueryString(Pager.Path + "/export", query);
    }
}
