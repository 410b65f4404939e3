using Comptoir.Data.Merge;

namespace Comptoir.Web.Features.Merge;

/// <summary>Reads POST /api/v1/{module}/merge's body: {"target": 12, "sources": [15, 40], "fields": {"phone": 15}}.</summary>
public static class MergeBody
{
    public static (MergeRequest? Request, Dictionary<string, List<string>> Errors) Read(JsonObject body)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string key, string message) => (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(message);

        foreach (var (key, _) in body)
            if (key is not ("target" or "sources" or "fields"))
                Fail(key, MergePageText.T("Clé inconnue : « {0} ». Envoyez « target », « sources » et « fields ».", key));
        var target = Id(body["target"]);
        if (target is null) Fail("target", MergePageText.T("« target » est l'identifiant de l'enregistrement conservé (exemple : 12)."));
        var sources = new List<long>();
        if (body["sources"] is JsonArray array)
            foreach (var item in array)
                if (Id(item) is long id) sources.Add(id);
                else
                {
                    Fail("sources", MergePageText.T("« sources » est une liste d'identifiants (exemple : [15, 40])."));
                    break;
                }
        else Fail("sources", MergePageText.T("« sources » est une liste d'identifiants (exemple : [15, 40])."));
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        switch (body["fields"])
        {
            case null: break;
            case JsonObject chosen:
                foreach (var (key, node) in chosen)
                    if (Id(node) is long from) fields[key] = from;
                    else Fail("fields." + key, MergePageText.T("Donnez l'identifiant de l'enregistrement dont « {0} » prend la valeur.", key));
                break;
            default:
                Fail("fields", MergePageText.T("« fields » associe un champ à l'enregistrement dont il prend la valeur (exemple : {\"phone\": 15})."));
                break;
        }
        return errors.Count > 0 ? (null, errors) : (new MergeRequest(target!.Value, sources, fields), errors);
    }

    private static long? Id(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number && value.TryGetValue<long>(out var id) && id > 0 ? id : null;
}
