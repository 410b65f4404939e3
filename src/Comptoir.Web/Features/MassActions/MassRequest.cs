using Comptoir.Data.Modules;
using System.Text.Json;
using Comptoir.Web.Features.Api;

namespace Comptoir.Web.Features.MassActions;

public enum MassKind { Update, Delete }

/// <summary>
/// A mass action's selection and change: the ticked ids, or the list's own parameters (the filter, read by
/// <see cref="ListQuery"/> as the list reads its URL), and for an update the values to set on each record.
/// </summary>
public sealed record MassRequest(MassKind Kind, IReadOnlyList<long>? Ids, IReadOnlyDictionary<string, string[]>? Filter, JsonObject? Set, IReadOnlyList<string> With)
{
    /// <summary>Ids one request may name; beyond, send the filter.</summary>
    public const int MaxIds = 10_000;

    public ListRequest? List(ModuleDefinition module, out Dictionary<string, List<string>> errors) => ReadFilter(module, Filter!, out errors);

    /// <summary>The filter as the list's parameters, refused under « filter.&lt;parameter&gt; ».</summary>
    public static ListRequest? ReadFilter(ModuleDefinition module, IReadOnlyDictionary<string, string[]> filter, out Dictionary<string, List<string>> errors)
    {
        var query = new QueryCollection(filter.ToDictionary(p => p.Key, p => new Microsoft.Extensions.Primitives.StringValues(p.Value), StringComparer.Ordinal));
        var (request, refused) = ListQuery.Read(module, query);
        errors = refused.ToDictionary(e => "filter." + e.Key, e => e.Value, StringComparer.Ordinal);
        return request;
    }

    /// <summary>Reads the body: exactly one of « ids » and « filter », and « set » for an update; every refusal under its key.</summary>
    public static (MassRequest? Request, Dictionary<string, List<string>> Errors) Read(MassKind kind, ModuleDefinition module, JsonObject body, DeleteChoices with)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string key, string message) => (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);

        foreach (var (key, _) in body)
            if (key is not ("ids" or "filter") && !(kind == MassKind.Update && key == "set"))
                Fail(key, MassText.T("Clé inconnue : « {0} ». Envoyez « ids » ou « filter »{1}.", key, kind == MassKind.Update ? MassText.T(", et « set »") : ""));

        List<long>? ids = null;
        Dictionary<string, string[]>? filter = null;
        if (body.ContainsKey("ids") == body.ContainsKey("filter"))
            Fail("ids", MassText.T("Envoyez soit « ids » (les identifiants choisis), soit « filter » (les paramètres de la liste), pas les deux."));
        else if (body.ContainsKey("ids"))
        {
            ids = ReadIds(body["ids"]);
            if (ids is null) Fail("ids", MassText.T("« ids » est une liste d'identifiants (exemple : [12, 15, 40])."));
            else if (ids.Count == 0) Fail("ids", MassText.T("Aucun enregistrement choisi."));
            else if (ids.Count > MaxIds) Fail("ids", MassText.T("Au plus {0} identifiants : au-delà, envoyez le filtre.", MaxIds));
        }
        else
        {
            filter = ReadFilterObject(body["filter"]);
            if (filter is null) Fail("filter", MassText.T("« filter » est un objet des paramètres de la liste (exemple : {\"cond.industry.in\": \"retail\", \"q\": \"dupont\"})."));
            else
            {
                ReadFilter(module, filter, out var refused);
                foreach (var (key, messages) in refused) errors[key] = messages;
            }
        }

        JsonObject? set = null;
        if (kind == MassKind.Update)
        {
            set = body["set"] as JsonObject;
            if (set is null || set.Count == 0)
                Fail("set", MassText.T("« set » est un objet des champs à modifier et de leur valeur (exemple : {\"industry\": \"retail\"})."));
            else
                foreach (var (key, _) in set)
                    switch (module.FindField(key))
                    {
                        case null or { Active: false }:
                            Fail("set." + key, Texts.T("Champ inconnu : « {0} ».", key));
                            break;
                        case { Unique: true } field:
                            Fail("set." + key, MassText.T("« {0} » ne peut pas être modifié en masse : sa valeur est propre à chaque enregistrement.", field.Label));
                            break;
                        case { ReadOnly: true } field:
                            Fail("set." + key, MassText.T("« {0} » est en lecture seule.", field.Label));
                            break;
                    }
        }
        if (errors.Count > 0) return (null, errors);
        return (new MassRequest(kind, ids?.Distinct().Order().ToList(), filter, set?.DeepClone().AsObject(), [.. with.With]), errors);
    }

    private static List<long>? ReadIds(JsonNode? node)
    {
        if (node is not JsonArray array) return null;
        var ids = new List<long>(array.Count);
        foreach (var item in array)
            if (item is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var id) && id > 0) ids.Add(id);
            else return null;
        return ids;
    }

    /// <summary>{"key": "value" | number | true | ["a", "b"]}: each key's values as the query string would carry them.</summary>
    private static Dictionary<string, string[]>? ReadFilterObject(JsonNode? node)
    {
        if (node is not JsonObject obj) return null;
        var filter = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            var values = value is JsonArray array ? array.Select(Scalar).ToList() : [Scalar(value)];
            if (values.Any(v => v is null)) return null;
            filter[key] = values.Select(v => v!).ToArray();
        }
        return filter;
    }

    private static string? Scalar(JsonNode? node) => node is JsonValue value
        ? value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        }
        : null;
}
