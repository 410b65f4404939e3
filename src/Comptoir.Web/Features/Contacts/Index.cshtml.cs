using Comptoir.Core.Contacts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;

namespace Comptoir.Web.Features.Contacts;

/// <summary>« Contacts »: the list, searched, filtered, sorted by any list column and paged by keyset.</summary>
public sealed class IndexModel(ContactStore store, CurrentUser current, RecordNames names)
    : RecordListModel<Contact>(store, current, names, "/contacts");
