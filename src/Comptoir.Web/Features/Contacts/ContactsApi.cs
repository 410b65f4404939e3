using Comptoir.Core.Contacts;
using Comptoir.Data.Contacts;
using Comptoir.Web.Features.Api;
using Comptoir.Web.Features.Docs;

namespace Comptoir.Web.Features.Contacts;

/// <summary>/api/v1/contacts: the contacts as flat JSON keyed by the registry's field keys, with the accounts' conventions.</summary>
public static class ContactsApi
{
    public const string Schema = "Contact";

    public static void Map(RouteGroupBuilder group) =>
        RecordEndpoints.Map<ContactStore, Contact>(group, ContactsModule.Name, Schema, () => OpenApiText.T("un contact"));
}
