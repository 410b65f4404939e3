namespace Comptoir.Web.Features.Imports;

/// <summary>
/// Which column goes into which field: proposed from the columns' names (a field's French or English label, its API
/// key, or a name another CRM's export gives it, <see cref="ImportAliases"/>), compared without case, accents or
/// punctuation; each field once, the first column that names it.
/// </summary>
public static class ImportMapping
{
    /// <summary>The fields an import may fill: active and not read-only (numbers are given by Comptoir).</summary>
    public static IEnumerable<FieldDefinition> Importable(ModuleDefinition module) => module.ActiveFields.Where(f => !f.ReadOnly);

    public static Dictionary<string, string> Propose(ModuleDefinition module, IReadOnlyList<string> columns, ImportAliases? aliases)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Importable(module))
        {
            foreach (var name in Names(field, aliases)) byName.TryAdd(Key(name), field.Key);
        }
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in columns)
            if (byName.TryGetValue(Key(column), out var field) && taken.Add(field)) mapping[column] = field;
        return mapping;
    }

    private static IEnumerable<string> Names(FieldDefinition field, ImportAliases? aliases)
    {
        yield return field.Key;
        yield return field.Label.Fr;
        if (!string.IsNullOrEmpty(field.Label.En)) yield return field.Label.En;
        if (aliases?.ByField.TryGetValue(field.Key, out var more) == true)
            foreach (var name in more) yield return name;
    }

    /// <summary>« Rue (facturation) », « rue facturation » and « RUE_FACTURATION » are one name.</summary>
    private static string Key(string name) => new([.. SearchKey.Fold(name).Where(char.IsLetterOrDigit)]);
}
