using Comptoir.Core.Accounting;
using Comptoir.Data.Accounting;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Infrastructure;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>/api/v1/ledger-accounts: code, label, collectiveAccount, kind, active, description; plus the CSV export.</summary>
public static class LedgerAccountsApi
{
    public const string Schema = "LedgerAccount";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/export", async (HttpContext http, CurrentUser current, CancellationToken ct) =>
                LedgerCsv.Result(http, await current.RequireAsync(ct)))
            .WithName("ExportLedgerAccounts")
            .WithSummary("The ledger accounts as CSV for accounting software: semicolon-separated, UTF-8 with BOM, CRLF; "
                + "code, label, control account, and the SIRET, VAT number and billing address of the linked customer.")
            .Produces(200, contentType: "text/csv");
        RecordEndpoints.Map<LedgerAccountStore, LedgerAccount>(group, LedgerAccountsModule.Name, Schema, "a ledger account");
    }
}
