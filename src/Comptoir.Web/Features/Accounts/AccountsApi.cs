using Comptoir.Core.Accounts;
using Comptoir.Data.Accounts;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Accounts;

/// <summary>/api/v1/accounts: the accounts' records as flat JSON keyed by the registry's field keys.</summary>
public static class AccountsApi
{
    public const string Schema = "Account";

    public static void Map(RouteGroupBuilder group) =>
        RecordEndpoints.Map<AccountStore, Account>(group, AccountsModule.Name, Schema, () => OpenApiText.T("un compte client"));
}
