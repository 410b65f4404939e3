using Comptoir.Core.Accounting;
using Comptoir.Data.Accounting;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;
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
            .WithSummary(() => OpenApiText.T("Les comptes comptables en CSV pour le logiciel de comptabilité : séparés par des points-virgules, en UTF-8 avec BOM, lignes CRLF ; code, libellé, compte collectif, et le SIRET, le n° de TVA et l'adresse de facturation du client lié."))
            .Produces(200, contentType: "text/csv");
        RecordEndpoints.Map<LedgerAccountStore, LedgerAccount>(group, LedgerAccountsModule.Name, Schema, () => OpenApiText.T("un compte comptable"));
    }
}
