using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.Contacts;
using Comptoir.Core.Pricing;
using Comptoir.Data.Accounting;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Pricing;
using Comptoir.Data.Records;

namespace Comptoir.Web.Features.Records;

/// <summary>From a module name in the URL to its typed store, seen as <see cref="IRecordStore"/>; null for a module that has none.</summary>
public sealed class RecordStores(IServiceProvider services)
{
    /// <summary>The modules served by the generic pages; « Comptes clients » and « Contacts » keep their own (tabs, summary).</summary>
    public static readonly IReadOnlyList<string> PageModules = [LedgerAccountsModule.Name, ProductsModule.Name, PriceListsModule.Name];

    public IRecordStore? For(string? module) => module switch
    {
        AccountsModule.Name => services.GetRequiredService<AccountStore>(),
        ContactsModule.Name => services.GetRequiredService<ContactStore>(),
        LedgerAccountsModule.Name => services.GetRequiredService<LedgerAccountStore>(),
        ProductsModule.Name => services.GetRequiredService<ProductStore>(),
        PriceListsModule.Name => services.GetRequiredService<PriceListStore>(),
        _ => null,
    };
}
