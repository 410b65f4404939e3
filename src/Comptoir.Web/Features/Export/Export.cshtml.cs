using Comptoir.Web.Features.LedgerAccounts;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Export;

/// <summary>
/// /{module}/export for signed-in users (the API takes bearer tokens only): the same file as /api/v1/{module}/export,
/// with the same parameters. A refused parameter shows this page with the reasons and a way back to the list.
/// </summary>
public sealed class ExportModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public ErrorSummary Errors { get; private set; } = new("", []);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = ExportApi.Answer(HttpContext, Store, await UserAsync(ct), out var errors);
        if (errors.Count == 0) return new HttpActionResult(result);
        Errors = ErrorSummary.Of(ExportText.T("Export impossible : corrigez ces paramètres."), errors, _ => null);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
