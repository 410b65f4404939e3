using Comptoir.Core.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// What the accounts plug into the record pages (Features/Records): the Contacts and Hiérarchie tabs, the
/// header line, the Résumé's contacts, hierarchy, latest changes and price simulator, the delete choice, the
/// shared-ledger warning on the form.
/// </summary>
public static class AccountPages
{
    public static IServiceCollection Register(IServiceCollection services) => services
        .AddScoped<AccountContactCount>()
        .AddRecordPageExtension<AccountPageExtension>(AccountsModule.Name)
        .AddRecordPageExtension<AccountFormExtension>(AccountsModule.Name)
        .AddKeyedSingleton(AccountsModule.Name, AccountImportAliases.Create());
}

/// <summary>How many of an account's contacts the user sees, counted once a request (the tab's title, the Résumé, the delete dialog).</summary>
public sealed class AccountContactCount(ContactStore contacts)
{
    private readonly Dictionary<long, int> _known = [];

    public async Task<int> OfAsync(UserContext user, long accountId, CancellationToken ct)
    {
        if (!_known.TryGetValue(accountId, out var count)) _known[accountId] = count = await contacts.CountOfAccountAsync(user, accountId, ct);
        return count;
    }

    /// <summary>A count the page has already (the « Contacts » tab counts what it lists).</summary>
    public void Know(long accountId, int count) => _known[accountId] = count;
}
