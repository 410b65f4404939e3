using Comptoir.Data.Modules;

namespace Comptoir.Web.Features.Search;

/// <summary>/search?q=: every opted-in module's hits, grouped under its label; a bad query shows its error above the box.</summary>
public sealed class IndexModel(CurrentUser current, RecordStores stores, ModuleCatalog catalog) : PageModel
{
    public string Query { get; private set; } = "";
    public string? Error { get; private set; }
    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        Query = Request.Query["q"].ToString().Trim();
        if (Query.Length == 0) return Page();
        var (q, limit, errors) = SearchRequest.Read(Request.Query);
        if (q is null)
        {
            Error = errors.Values.First()[0];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Groups = await GlobalSearch.RunAsync(stores, catalog, user, q, limit, ct);
        return Page();
    }
}
