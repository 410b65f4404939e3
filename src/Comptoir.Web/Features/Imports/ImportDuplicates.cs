using System.Text.Json;

namespace Comptoir.Web.Features.Imports;

/// <summary>
/// The import's duplicates step, option <c>duplicates: {match: [field keys], action}</c>: a row whose values of every
/// <c>match</c> field equal an existing record's (on their normal forms, Core/Duplicates) is that record's duplicate,
/// and then « Ignorer » (<c>skip</c>: the row is left out), « Écraser » (<c>overwrite</c>: the row's values replace
/// the record's, empty cells erase nothing) or « Fusionner » (<c>merge</c>: the row fills only the record's empty fields).
/// </summary>
public sealed record ImportDuplicates(IReadOnlyList<string> Match, string Action)
{
    public const string Skip = "skip", Overwrite = "overwrite", Merge = "merge";
    public static readonly IReadOnlyList<string> Actions = [Skip, Overwrite, Merge];

    /// <summary>The fields an import may match on: the ones the module compares, as the duplicate rule does.</summary>
    public static IEnumerable<FieldDefinition> Matchable(ModuleDefinition module) =>
        (module.Duplicates?.Fields ?? []).Select(module.FindField).OfType<FieldDefinition>().Where(f => f.Active && f.Type.ComparesDuplicates);

    public static ImportDuplicates? Read(JsonNode node, Action<string, string> error)
    {
        if (node is not JsonObject json)
        {
            error("duplicates", ImportsText.T("Attendu : un objet avec « match » (les champs) et « action » (skip, overwrite ou merge)."));
            return null;
        }
        var match = json["match"] is JsonArray array && array.All(m => m?.GetValueKind() == JsonValueKind.String)
            ? array.Select(m => m!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList()
            : null;
        if (match is not { Count: > 0 and <= 3 })
            error("duplicates.match", ImportsText.T("Indiquez de 1 à 3 champs qui reconnaissent un doublon."));
        var action = json["action"] is { } a && a.GetValueKind() == JsonValueKind.String ? a.GetValue<string>() : null;
        if (action is null || !Actions.Contains(action))
            error("duplicates.action", ImportsText.T("Action inconnue : utilisez « skip » (Ignorer), « overwrite » (Écraser) ou « merge » (Fusionner)."));
        foreach (var key in json.Select(p => p.Key).Where(k => k is not ("match" or "action")))
            error("duplicates." + key, ImportsText.T("Option inconnue."));
        return match is { Count: > 0 and <= 3 } && action is not null && Actions.Contains(action) ? new ImportDuplicates(match, action) : null;
    }

    /// <summary>Each match field must be one the module compares, and filled by the file (a column) or a default value.</summary>
    public void Check(ModuleDefinition module, IEnumerable<string> filled, Dictionary<string, List<string>> errors)
    {
        var matchable = Matchable(module).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var given = filled.ToHashSet(StringComparer.Ordinal);
        foreach (var key in Match)
        {
            if (!matchable.Contains(key))
                errors["options.duplicates.match"] = [ImportsText.T("« {0} » ne sert pas à reconnaître un doublon ; choisissez parmi : {1}.", key,
                    string.Join(", ", Matchable(module).Select(f => f.Key)))];
            else if (!given.Contains(key))
                errors["options.duplicates.match"] = [ImportsText.T("« {0} » ne reçoit aucune colonne du fichier : il ne peut pas reconnaître un doublon.",
                    module.FindField(key)!.Label.Get(CultureInfo.CurrentUICulture))];
        }
    }

    public JsonObject ToJson() => new()
    {
        ["match"] = new JsonArray([.. Match.Select(m => (JsonNode)m)]),
        ["action"] = Action,
    };

    public static ImportDuplicates? FromJson(JsonNode? node) => node is JsonObject json
        ? new ImportDuplicates([.. json["match"]!.AsArray().Select(m => (string)m!)], (string)json["action"]!)
        : null;
}
