using Comptoir.Core.Contacts;
using Comptoir.Core.FieldTypes;
using Comptoir.Data;
using Microsoft.EntityFrameworkCore;

namespace Comptoir.Web.Features.Contacts;

/// <summary>
/// Names « Supérieur hiérarchique » (a contact referring to a contact) on top of what RecordNames loads:
/// one query for the page's contacts, whatever their number.
/// </summary>
public static class ContactNames
{
    public static async Task<FormatContext> WithSuperiorsAsync(AppDbContext db, FormatContext names, IEnumerable<Contact> contacts, CancellationToken ct)
    {
        var ids = contacts.Select(c => c.ReportsToId).OfType<long>().Distinct().ToList();
        if (ids.Count == 0) return names;
        var found = await db.Contacts.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FullName }).ToDictionaryAsync(c => c.Id, c => c.FullName, ct);
        return new FormatContext(names.Culture, (module, id) =>
            names.NameOf(module, id) ?? (module == ContactsModule.Name && found.TryGetValue(id, out var name) ? name : null));
    }
}
