using Comptoir.Core.Contacts;
using Comptoir.Core.Metadata;
using Comptoir.Core.Security;
using Comptoir.Data.Records;
using Comptoir.Data;
using Comptoir.Data.Contacts;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Comptoir.Web.Features.Contacts;

/// <summary>What the contact's pages (Résumé, Détails, edit) share: the contact as the user may see it, formatted.</summary>
public abstract class ContactRecordPage(ContactStore store, AppDbContext db, CurrentUser current, RecordNames names) : PageModel
{
    protected ContactStore Store { get; } = store;
    protected CurrentUser Current { get; } = current;
    protected RecordNames Names { get; } = names;
    protected AppDbContext Db { get; } = db;

    public RecordView View { get; protected set; } = null!;
    public Contact Contact => (Contact)View.Record;

    /// <summary>False when the contact doesn't exist or the user may not see it (nor its account): 404 either way.</summary>
    protected async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var contact = await Store.FindAsync(await UserAsync(ct), id, ct);
        if (contact is null) return false;
        View = await ViewOfAsync(contact, ct);
        return true;
    }

    protected async Task<RecordView> ViewOfAsync(Contact contact, CancellationToken ct) =>
        new(Store.Module, contact, await Names.ForAsync(Store.Module, [contact], ct));

    /// <summary>The Détails blocks: the record without its derived title field.</summary>
    public RecordView DetailsView => new(ContactForms.Shown(View.Module), View.Record, View.Names);

    protected Task<UserContext> UserAsync(CancellationToken ct) => Current.RequireAsync(ct);
}

/// <summary>How the contact pages show the module.</summary>
public static class ContactForms
{
    /// <summary>
    /// The module without « Nom complet »: it is the title field (headers, pickers, lists) but is derived from
    /// Prénom and Nom on save, so forms and the Détails blocks would only repeat it.
    /// </summary>
    public static ModuleDefinition Shown(ModuleDefinition module) =>
        module with { Fields = module.Fields.Where(f => f.Key != ContactsModule.FullNameField).ToList() };
}
