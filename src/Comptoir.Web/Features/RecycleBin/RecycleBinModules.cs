using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.Contacts;
using Comptoir.Core.Security;
using Comptoir.Data.Accounting;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.RecycleBin;
using Comptoir.Data.Records;

namespace Comptoir.Web.Features.RecycleBin;

/// <summary>The modules whose records go to the bin, and how the pages and the API reach their stores.</summary>
public static class RecycleBinModules
{
    public static bool Has(string module) => module is AccountsModule.Name or ContactsModule.Name or LedgerAccountsModule.Name;

    public static IRecordStore? Store(IServiceProvider services, string module) => module switch
    {
        AccountsModule.Name => services.GetRequiredService<AccountStore>(),
        ContactsModule.Name => services.GetRequiredService<ContactStore>(),
        LedgerAccountsModule.Name => services.GetRequiredService<LedgerAccountStore>(),
        _ => null,
    };

    public static Task<SaveStatus> RestoreAsync(IServiceProvider services, string module, UserContext user, long id, CancellationToken ct) => module switch
    {
        AccountsModule.Name => services.GetRequiredService<AccountStore>().RestoreAsync(user, id, ct),
        ContactsModule.Name => services.GetRequiredService<ContactStore>().RestoreAsync(user, id, ct),
        LedgerAccountsModule.Name => services.GetRequiredService<LedgerAccountStore>().RestoreAsync(user, id, ct),
        _ => Task.FromResult(SaveStatus.NotFound),
    };

    /// <summary>The bin's store, built from the request's services (it needs nothing of its own).</summary>
    public static RecycleBinStore Bin(IServiceProvider services) => services.GetRequiredService<RecycleBinStore>();

    /// <summary>The link to a record, once restored.</summary>
    public static string Url(string module, long id) => module switch
    {
        AccountsModule.Name => $"/accounts/{id}",
        ContactsModule.Name => $"/contacts/{id}",
        LedgerAccountsModule.Name => $"/ledger-accounts/{id}",
        _ => "/",
    };
}
