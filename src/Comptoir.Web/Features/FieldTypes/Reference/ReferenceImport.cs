using Comptoir.Web.Features.Imports;

namespace Comptoir.Web.Features.FieldTypes.Reference;

/// <summary>
/// A reference in an imported file (a contact's account, a parent account): the record's id, its number (CPT-000042),
/// a SIRET or SIREN that only it holds, or its exact name; found through the module's own search, so only among the
/// records the importer may see. An ambiguous or unknown name is the row's error, never a guess.
/// </summary>
public static class ReferenceImport
{
    public static Task<ImportedText> TextAsync(FieldDefinition field, string cell, ImportLookups lookups, UserContext user, CancellationToken ct)
    {
        if (long.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out _) && cell.Length < 9) return Task.FromResult(ImportedText.Ok(cell));
        if (field.ReferenceModule is not { } module || lookups.Stores.For(module) is not { } store) return Task.FromResult(ImportedText.Ok(cell));
        return lookups.RecordAsync(module, cell, () => FindAsync(store, cell, user, ct));
    }

    private static async Task<ImportedText> FindAsync(IRecordStore store, string cell, UserContext user, CancellationToken ct)
    {
        var hits = (await store.ListRecordsAsync(user, new ListRequest(cell, null, false, null, 20), ct)).Items;
        var byNumber = hits.Where(r => string.Equals(r.Number, cell, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byNumber.Count == 1) return Found(byNumber[0]);
        var names = await store.NamesAsync([.. hits.Select(h => h.Id)], ct);
        var key = SearchKey.Fold(cell);
        var byName = hits.Where(h => names.TryGetValue(h.Id, out var name) && SearchKey.Fold(name) == key).ToList();
        if (byName.Count == 1) return Found(byName[0]);
        // A SIRET or SIREN (digits, spaces allowed) that the search finds on one record only.
        var digits = new string([.. cell.Where(c => c != ' ')]);
        if (byName.Count == 0 && digits.Length is 9 or 14 && digits.All(char.IsAsciiDigit) && hits.Count == 1) return Found(hits[0]);
        var label = store.Module.SingularLabel.Get(CultureInfo.CurrentUICulture);
        return byName.Count > 1
            ? ImportedText.Fail(ImportsText.T("Plusieurs enregistrements « {0} » s'appellent « {1} » : indiquez son numéro.", label, cell))
            : ImportedText.Fail(ImportsText.T("Aucun enregistrement « {0} » ne correspond à « {1} » (numéro, SIRET ou nom exact).", label, cell));
    }

    private static ImportedText Found(IRecord record) => ImportedText.Ok(record.Id.ToString(CultureInfo.InvariantCulture));
}
