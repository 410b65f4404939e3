namespace Comptoir.Data.Search;

/// <summary>A record's terms: what the type of each of its module's searched fields gives for its value.</summary>
public static class SearchTerms
{
    public static HashSet<string> Of(ModuleDefinition module, object record)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in module.SearchFields)
        {
            if (module.FindField(key) is not { } field) continue;
            foreach (var term in field.Type.SearchTerms(field, FieldAccess.Get(record, field)))
                if (term.Length > 0) terms.Add(term);
        }
        return terms;
    }

    /// <summary>
    /// The searched fields whose value has a term that one of <paramref name="prefixes"/> starts: what a hit
    /// shows as its line of context (the phone, the email, the city…).
    /// </summary>
    public static IEnumerable<FieldDefinition> Matching(ModuleDefinition module, object record, IReadOnlyList<string> prefixes)
    {
        foreach (var key in module.SearchFields)
        {
            if (module.FindField(key) is not { } field) continue;
            var terms = field.Type.SearchTerms(field, FieldAccess.Get(record, field)).ToList();
            if (prefixes.Any(p => terms.Any(t => t.StartsWith(p, StringComparison.Ordinal)))) yield return field;
        }
    }
}
