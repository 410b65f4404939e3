using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Export;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>
/// GET /api/v1/ledger-accounts/export without a format: the file for accounting software (<see cref="LedgerCsv"/>),
/// served by the export every module has (Features/Export), which takes ?format=csv|xlsx for the list as it shows.
/// </summary>
public static class LedgerAccountsApi
{
    public static ModuleFile AccountingFile { get; } = new(
        (http, user) => LedgerCsv.Result(http, user),
        () => OpenApiText.T("Les comptes comptables en CSV pour le logiciel de comptabilité : séparés par des points-virgules, en UTF-8 avec BOM, lignes CRLF ; code, libellé, compte collectif, et le SIRET, le n° de TVA et l'adresse de facturation du client lié."));
}
