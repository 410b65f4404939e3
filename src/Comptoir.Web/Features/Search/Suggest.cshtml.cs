using Comptoir.Data.Modules;

namespace Comptoir.Web.Features.Search;

/// <summary>
/// The top bar's suggestions as the user types (global-search.js, from 2 characters): a few hits per module,
/// as JSON [{module, label, hits: [{id, number, title, context, url}]}]. A page rather than the API, which
/// takes bearer tokens only: the top bar is signed in by its cookie.
/// </summary>
public sealed class SuggestModel(CurrentUser current, RecordStores stores, ModuleCatalog catalog) : PageModel
{
    public const int PerModule = 5, MinLength = 2;

    public async Task<IActionResult> OnGetAsync(string? q, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        var text = (q ?? "").Replace("\0", "", StringComparison.Ordinal).Trim();
        if (text.Length < MinLength || text.Length > GlobalSearch.MaxQueryLength) return new JsonResult(Array.Empty<SearchGroup>());
        return new JsonResult(await GlobalSearch.RunAsync(stores, catalog, user, text, PerModule, ct));
    }
}
