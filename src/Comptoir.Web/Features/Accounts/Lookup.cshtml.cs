using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// Suggestions for the « Compte parent » picker: the same search as the list, only accounts the user
/// may see, never the account being edited (it cannot be its own parent).
/// </summary>
public sealed class LookupModel(AccountStore store, CurrentUser current) : PageModel
{
    public const int MaxResults = 10;

    public async Task<IActionResult> OnGetAsync(string? q, long? exclude, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var page = await store.ListAsync(user, new ListRequest(q, Sort: null, Descending: false, Cursor: null, MaxResults + 1), ct);
        var items = page.Items.Where(a => a.Id != exclude).Take(MaxResults)
            .Select(a => new LookupItem(a.Id, a.Name, a.Number, a.BillingCity, Records.RecordTitles.Meta(store.Module, a)));
        return new JsonResult(items);
    }

    /// <summary>Meta is what every picker shows beside the name (« number · city »), as the other modules' lookups.</summary>
    public sealed record LookupItem(long Id, string Name, string Number, string City, string Meta);
}
