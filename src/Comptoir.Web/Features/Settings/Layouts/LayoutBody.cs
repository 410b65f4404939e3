using System.Text.Json;

namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// Reads a layout request body: typed values, labels given as "label" (French) or "labels"
/// {"fr","en"}, and a field error for anything unknown or of the wrong kind.
/// </summary>
public sealed class LayoutBody(JsonObject body, IReadOnlySet<string> allowed)
{
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public LayoutBody Check()
    {
        foreach (var (key, _) in body)
            if (!allowed.Contains(key)) Add(key, Texts.T("Champ inconnu : « {0} ».", key));
        return this;
    }

    public string? String(string key)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return null;
        if (node is null) return "";
        if (node is JsonValue value && value.TryGetValue<string>(out var text)) return text;
        Add(key, LayoutText.T("Valeur attendue : un texte."));
        return null;
    }

    public bool? Bool(string key)
    {
        if (!body.TryGetPropertyValue(key, out var node)) return null;
        if (node is JsonValue value && value.TryGetValue<bool>(out var flag)) return flag;
        Add(key, LayoutText.T("Valeur attendue : true ou false."));
        return null;
    }

    public int? Int(string key)
    {
        if (!body.TryGetPropertyValue(key, out var node) || node is null) return null;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)) return number;
        Add(key, LayoutText.T("Valeur attendue : un nombre entier."));
        return null;
    }

    /// <summary>"label": "Code fidélité" (French), or "labels": {"fr": …, "en": …}; null when neither is sent.</summary>
    public (string? Fr, string? En) Labels(string single, string both)
    {
        string? fr = String(single), en = null;
        if (body.TryGetPropertyValue(both, out var node))
        {
            if (node is JsonObject labels && labels.All(p => p.Key is "fr" or "en" && p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String))
            {
                fr = labels["fr"]?.GetValue<string>() ?? fr;
                en = labels["en"]?.GetValue<string>();
            }
            else Add(both, LayoutText.T("Valeur attendue : {\"fr\": \"…\", \"en\": \"…\"}."));
        }
        return (fr, en);
    }

    /// <summary>Picklist values: ["Or", "Argent"] or [{"fr": "Or", "en": "Gold"}].</summary>
    public IReadOnlyList<LocalizedText> Values(string key)
    {
        if (!body.TryGetPropertyValue(key, out var node) || node is null) return [];
        var values = new List<LocalizedText>();
        if (node is JsonArray array)
            foreach (var item in array)
            {
                if (item is JsonValue v && v.TryGetValue<string>(out var fr)) values.Add(new(fr, ""));
                else if (item is JsonObject o && o["fr"] is JsonValue f && f.TryGetValue<string>(out var frLabel))
                    values.Add(new(frLabel, o["en"] is JsonValue e && e.TryGetValue<string>(out var en) ? en : ""));
                else
                {
                    Add(key, LayoutText.T("Valeur attendue : une liste de libellés."));
                    return [];
                }
            }
        else Add(key, LayoutText.T("Valeur attendue : une liste de libellés."));
        return values;
    }

    public void Add(string key, string message)
    {
        if (!Errors.TryGetValue(key, out var list)) Errors[key] = list = [];
        list.Add(message);
    }

    public static FieldChangeRequest FieldChange(LayoutBody body)
    {
        var (labelFr, labelEn) = body.Labels("label", "labels");
        var (helpFr, helpEn) = body.Labels("helpText", "helpTexts");
        return new FieldChangeRequest
        {
            LabelFr = labelFr, LabelEn = labelEn, HelpFr = helpFr, HelpEn = helpEn,
            Block = body.String("block"), Position = body.Int("position"),
            Mandatory = body.Bool("mandatory"), Active = body.Bool("active"), QuickCreate = body.Bool("quickCreate"),
            Summary = body.Bool("summary"), ListColumn = body.Bool("listColumn"), ListPosition = body.Int("listPosition"),
            MaxLength = body.Int("maxLength"), Decimals = body.Int("decimals"), DefaultValue = body.String("defaultValue"),
        };
    }

    public static readonly HashSet<string> FieldChangeKeys =
    [
        "label", "labels", "helpText", "helpTexts", "block", "position", "mandatory", "active", "quickCreate",
        "summary", "listColumn", "listPosition", "maxLength", "decimals", "defaultValue",
    ];

    public static readonly HashSet<string> NewFieldKeys =
    [
        "type", "label", "labels", "helpText", "helpTexts", "block", "mandatory", "quickCreate", "summary",
        "listColumn", "maxLength", "decimals", "defaultValue", "values", "referenceModule",
    ];

    public static readonly HashSet<string> BlockKeys = ["label", "labels", "position", "collapsed"];
    public static readonly HashSet<string> ValueKeys = ["label", "labels", "position", "retired"];
}
