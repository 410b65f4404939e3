using System.Text.Json;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// How a file is read and where its columns go, from the API's <c>options</c> JSON (or the wizard's steps):
/// encoding, delimiter and header (detected when left out), mapping (proposed when left out), a default value per
/// field, and whether it is a dry run (« Vérifier »). Bad options are field-level errors under <c>options.…</c>.
/// </summary>
public sealed record ImportOptions(string? Encoding, char? Delimiter, bool Header, Dictionary<string, string>? Mapping,
    Dictionary<string, string> Defaults, bool DryRun, ImportDuplicates? Duplicates = null)
{
    public static readonly IReadOnlyList<char> Delimiters = [',', ';', '|', '\t'];

    public static ImportOptions? Read(JsonObject? json, Dictionary<string, List<string>> errors)
    {
        json ??= [];
        void Error(string key, string message) => errors["options." + key] = [message];
        string? encoding = null;
        if (json["encoding"] is { } e)
        {
            if (e.GetValueKind() != JsonValueKind.String || ImportEncodings.Get(e.GetValue<string>()) is null)
                Error("encoding", ImportsText.T("Encodage inconnu : utilisez {0}.", string.Join(", ", ImportEncodings.Names)));
            else encoding = e.GetValue<string>().ToLowerInvariant();
        }
        char? delimiter = null;
        if (json["delimiter"] is { } d)
        {
            var text = d.GetValueKind() == JsonValueKind.String ? d.GetValue<string>() : null;
            if (text is "tab" or "\\t") text = "\t";
            if (text is not { Length: 1 } || !Delimiters.Contains(text[0]))
                Error("delimiter", ImportsText.T("Séparateur inconnu : utilisez « , », « ; », « | » ou « tab »."));
            else delimiter = text[0];
        }
        var header = Bool(json, "header", true, Error);
        var dryRun = Bool(json, "dryRun", false, Error);
        var mapping = json["mapping"] is null ? null : Strings(json, "mapping", Error);
        var defaults = (json["defaults"] is null ? null : Strings(json, "defaults", Error)) ?? [];
        var duplicates = json["duplicates"] is null ? null : ImportDuplicates.Read(json["duplicates"]!, Error);
        foreach (var key in json.Select(p => p.Key).Where(k => k is not ("encoding" or "delimiter" or "header" or "dryRun" or "mapping" or "defaults" or "duplicates")))
            Error(key, ImportsText.T("Option inconnue."));
        return errors.Count > 0 ? null : new ImportOptions(encoding, delimiter, header, mapping, defaults, dryRun, duplicates);
    }

    private static bool Bool(JsonObject json, string key, bool fallback, Action<string, string> error)
    {
        if (json[key] is not { } node) return fallback;
        if (node.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return node.GetValue<bool>();
        error(key, ImportsText.T("Attendu : true ou false."));
        return fallback;
    }

    private static Dictionary<string, string>? Strings(JsonObject json, string key, Action<string, string> error)
    {
        if (json[key] is not JsonObject map || map.Any(p => p.Value is not null && p.Value.GetValueKind() != JsonValueKind.String))
        {
            error(key, ImportsText.T("Attendu : un objet dont chaque valeur est un texte."));
            return null;
        }
        return map.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
    }

    /// <summary>What the import applied (detected and proposed values filled in), kept with it and shown by GET.</summary>
    public JsonObject ToJson(string encoding, char delimiter, IReadOnlyDictionary<string, string> mapping) => new()
    {
        ["encoding"] = encoding,
        ["delimiter"] = delimiter == '\t' ? "tab" : delimiter.ToString(),
        ["header"] = Header,
        ["mapping"] = new JsonObject(mapping.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["defaults"] = new JsonObject(Defaults.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
        ["dryRun"] = DryRun,
        ["duplicates"] = Duplicates?.ToJson(),
    };
}
