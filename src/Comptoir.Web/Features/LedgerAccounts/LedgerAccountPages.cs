using Comptoir.Core.Accounting;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.LedgerAccounts;

/// <summary>What the ledger accounts plug into the record pages (Features/Records): « Exporter (CSV) » above their list, and the same file from their API export without a format.</summary>
public sealed class LedgerAccountPages : IRecordPageExtension
{
    public static IServiceCollection Register(IServiceCollection services) =>
        services.AddRecordPageExtension<LedgerAccountPages>(LedgerAccountsModule.Name)
            .AddKeyedSingleton(LedgerAccountsModule.Name, LedgerAccountsApi.AccountingFile);

    public IReadOnlyList<PagePart> ListActions => [new("/Features/LedgerAccounts/_ExportButton.cshtml", null)];
}
