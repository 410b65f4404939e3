using Comptoir.Core.Accounting;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>What the ledger accounts plug into the record pages (Features/Records): « Exporter (CSV) » above their list.</summary>
public sealed class LedgerAccountPages : IRecordPageExtension
{
    public static IServiceCollection Register(IServiceCollection services) =>
        services.AddRecordPageExtension<LedgerAccountPages>(LedgerAccountsModule.Name);

    public IReadOnlyList<PagePart> ListActions => [new("/Features/LedgerAccounts/_ExportButton.cshtml", null)];
}
