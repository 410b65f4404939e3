using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>/api/v1/ledger-accounts/export, beside the module's CRUD (mapped with every module's, see Api/ApiEndpoints).</summary>
public static class LedgerAccountsApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/export", async (HttpContext http, CurrentUser current, CancellationToken ct) =>
                LedgerCsv.Result(http, await current.RequireAsync(ct)))
            .WithName("ExportLedgerAccounts")
            .WithSummary(() => OpenApiText.T("Les comptes comptables en CSV pour le logiciel de comptabilité : séparés par des points-virgules, en UTF-8 avec BOM, lignes CRLF ; code, libellé, compte collectif, et le SIRET, le n° de TVA et l'adresse de facturation du client lié."))
            .Produces(200, contentType: "text/csv");
    }
}
