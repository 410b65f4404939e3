namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>The CSV export for signed-in users (cookie), the same file as GET /api/v1/ledger-accounts/export.</summary>
public sealed class ExportModel(CurrentUser current) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        return new HttpActionResult(LedgerCsv.Result(HttpContext, user));
    }
}

/// <summary>Runs a minimal-API result from a page handler, so both routes share one writer.</summary>
internal sealed class HttpActionResult(IResult result) : IActionResult
{
    public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
}
