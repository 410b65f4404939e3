using Comptoir.Data.Imports;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// A mapping to save (« Enregistrer la correspondance ») as the API and the wizard send it, {name, mapping, defaults},
/// checked against the module's importable fields; and the saved ones as JSON, and the one that fits a file's columns.
/// </summary>
public static class ImportSavedMappings
{
    public static (SavedMapping? Mapping, Dictionary<string, List<string>> Errors) Read(ModuleDefinition module, JsonObject body, UserContext user)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string key, string message) => (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);
        foreach (var (key, _) in body.Where(p => p.Key is not ("module" or "name" or "mapping" or "defaults")))
            Fail(key, ImportsText.T("Option inconnue."));

        var name = (body["name"] is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.String ? value.GetValue<string>() : "").Trim();
        if (name.Length == 0) Fail("name", ImportsText.T("Donnez un nom à cette correspondance."));
        else if (name.Length > SavedMappings.NameMax) Fail("name", ImportsText.T("Le nom ne doit pas dépasser {0} caractères.", SavedMappings.NameMax));

        var importable = ImportMapping.Importable(module).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var mapping = Texts(body, "mapping", Fail) ?? [];
        foreach (var (column, field) in mapping.Where(p => p.Value.Length > 0 && !importable.Contains(p.Value)))
            Fail("mapping." + column, ImportsText.T("Champ inconnu ou en lecture seule : « {0} ».", field));
        var defaults = Texts(body, "defaults", Fail) ?? [];
        foreach (var field in defaults.Keys.Where(k => !importable.Contains(k)))
            Fail("defaults." + field, ImportsText.T("Champ inconnu ou en lecture seule : « {0} ».", field));
        if (mapping.Values.All(v => v.Length == 0) && defaults.Count == 0)
            Fail("mapping", ImportsText.T("Cette correspondance ne met aucune colonne dans un champ."));
        return errors.Count > 0 ? (null, errors) : (new SavedMapping(name, mapping, defaults, user.DisplayName, DateTime.UtcNow), errors);
    }

    /// <summary>The saved mapping made for exactly these columns (the same export again), or null.</summary>
    public static SavedMapping? Fitting(IEnumerable<SavedMapping> saved, IReadOnlyList<string> columns)
    {
        var set = columns.ToHashSet(StringComparer.Ordinal);
        return saved.Where(m => m.Mapping.Count == set.Count && m.Mapping.Keys.All(set.Contains)).OrderByDescending(m => m.SavedAt).FirstOrDefault();
    }

    public static JsonObject Json(SavedMapping mapping) => new()
    {
        ["name"] = mapping.Name,
        ["mapping"] = new JsonObject(mapping.Mapping.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["defaults"] = new JsonObject(mapping.Defaults.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["savedBy"] = mapping.SavedBy,
        ["savedAt"] = DateTime.SpecifyKind(mapping.SavedAt, DateTimeKind.Utc),
    };

    private static Dictionary<string, string>? Texts(JsonObject body, string key, Action<string, string> fail)
    {
        if (body[key] is null) return null;
        if (body[key] is not JsonObject map || map.Any(p => p.Value is null || p.Value.GetValueKind() != System.Text.Json.JsonValueKind.String))
        {
            fail(key, ImportsText.T("Attendu : un objet dont chaque valeur est un texte."));
            return null;
        }
        return map.ToDictionary(p => p.Key, p => p.Value!.GetValue<string>().Trim(), StringComparer.Ordinal);
    }
}
