using Comptoir.Core.Accounts;
using Comptoir.Data.Accounts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;

namespace Comptoir.Web.Features.Accounts;

/// <summary>« Comptes clients »: the list, searched, filtered, sorted by any list column and paged by keyset.</summary>
public sealed class IndexModel(AccountStore store, CurrentUser current, RecordNames names)
    : RecordListModel<Account>(store, current, names, "/accounts");
