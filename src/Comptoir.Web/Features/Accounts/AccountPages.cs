using Comptoir.Core.Accounts;
using Comptoir.Core.Security;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comptoir.Web.Features.Accounts;

/// <summary>What the record pages (Résumé, Détails, edit) share: the account as the user may see it, formatted.</summary>
public abstract class AccountRecordPage(AccountStore store, CurrentUser current, RecordNames names) : PageModel
{
    protected AccountStore Store { get; } = store;
    protected CurrentUser Current { get; } = current;
    protected RecordNames Names { get; } = names;

    public RecordView View { get; protected set; } = null!;
    public Account Account => (Account)View.Record;

    /// <summary>False when the account doesn't exist or the user may not see it: the page answers 404 either way.</summary>
    protected async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var user = await Current.RequireAsync(ct);
        var account = await Store.FindAsync(user, id, ct);
        if (account is null) return false;
        View = await ViewOfAsync(account, ct);
        return true;
    }

    protected async Task<RecordView> ViewOfAsync(Account account, CancellationToken ct) =>
        new(Store.Module, account, await Names.ForAsync(Store.Module, [account], ct));

    protected Task<UserContext> UserAsync(CancellationToken ct) => Current.RequireAsync(ct);
}
