using System.Security.Cryptography;

namespace Comptoir.Data.Duplicates;

/// <summary>
/// A record's duplicate keys: for each field its module compares (<see cref="DuplicateDefinition.Fields"/>), the normal
/// form its type gives (<see cref="FieldType.DuplicateKey"/>) as the term « field=form ». They live in the search
/// terms' table under the module « dup:&lt;module&gt; », kept on every save by the same indexer (Data/Search), so a
/// rule's criterion is one seek of the (Module, Term) key per field, and a SIREN a range of it (docs/duplicates.md).
/// </summary>
public static class DuplicateKeys
{
    public const string Prefix = "dup:";

    /// <summary>The index's module name for a module's duplicate keys; search queries never read it.</summary>
    public static string IndexOf(string module) => Prefix + module;

    /// <summary>The terms of a record's comparable fields.</summary>
    public static HashSet<string> Of(ModuleDefinition module, object record) =>
        Of(module, field => FieldAccess.Get(record, field));

    /// <summary>The terms of the comparable fields whose values <paramref name="valueOf"/> gives (parsed, as stored).</summary>
    public static HashSet<string> Of(ModuleDefinition module, Func<FieldDefinition, object?> valueOf) =>
        KeysOf(module, valueOf).Select(k => Term(k.Key, k.Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each comparable field's normal form, by field key; fields without a value are left out.</summary>
    public static Dictionary<string, string> KeysOf(ModuleDefinition module, Func<FieldDefinition, object?> valueOf)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in module.Duplicates?.Fields ?? [])
        {
            if (module.FindField(key) is not { } field || !field.Type.ComparesDuplicates) continue;
            if (field.Type.DuplicateKey(field, valueOf(field)) is { Length: > 0 } form) keys[key] = form;
        }
        return keys;
    }

    /// <summary>
    /// « field=form », within the index's 64 characters: a longer form keeps its start and a hash of the whole,
    /// so two long names still compare exactly.
    /// </summary>
    public static string Term(string field, string form)
    {
        var term = field + "=" + form;
        if (term.Length <= Core.Search.SearchWords.MaxLength) return term;
        var hash = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(term)))[..16];
        return term[..(Core.Search.SearchWords.MaxLength - 17)] + "#" + hash;
    }

    /// <summary>What the module's keys are made of, for the index's signature (a change rebuilds it at start-up).</summary>
    public static string Signature(ModuleDefinition module) =>
        string.Join(",", (module.Duplicates?.Fields ?? []).Select(k => k + "=" + module.FindField(k)?.Type.Name));
}
