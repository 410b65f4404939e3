using Comptoir.Web.Infrastructure;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>/api/v1/ledger-accounts/export, beside the module's CRUD (mapped with every module's, see Api/ApiEndpoints).</summary>
public static class LedgerAccountsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/export", async (HttpContext http, CurrentUser current, CancellationToken ct) =>
                LedgerCsv.Result(http, await current.RequireAsync(ct)))
            .WithName("ExportLedgerAccounts")
            .WithSummary("The ledger accounts as CSV for accounting software: semicolon-separated, UTF-8 with BOM, CRLF; "
                + "code, label, control account, and the SIRET, VAT number and billing address of the linked customer.")
            .Produces(200, contentType: "text/csv");
    }
}
