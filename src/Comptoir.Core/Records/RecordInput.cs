using System.Text.Json.Nodes;

namespace Comptoir.Core.Records;

/// <summary>
/// Raw values keyed by field key, as a form posted them (text) or the API sent them (JSON).
/// Both go through the same validator, so the HTML form and the API bind through one path.
/// </summary>
public sealed class RecordInput
{
    private readonly Dictionary<string, RawValue> _values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RawValue> Values => _values;
    /// <summary>The user confirmed a save the duplicate rule only warns about (?allowDuplicate=true, « Enregistrer quand même »).</summary>
    public bool DuplicateConfirmed { get; set; }
    /// <summary>
    /// The history line the save writes instead of « Création » or « Modification »: an import's create « import:42 »
    /// (« Importé (import n° 42) »), its update « import-update:42 », its undo « import-undo:42 ».
    /// </summary>
    public string? HistoryAction { get; set; }
    public bool Has(string key) => _values.ContainsKey(key);
    public void Set(string key, string? text) => _values[key] = new RawValue(text, null);
    public void Remove(string key) => _values.Remove(key);

    public static RecordInput FromForm(IEnumerable<KeyValuePair<string, string?>> form, IEnumerable<string> keys)
    {
        var input = new RecordInput();
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (key, value) in form)
            if (wanted.Contains(key)) input._values[key] = new RawValue(value, null);
        return input;
    }

    public static RecordInput FromJson(JsonObject json)
    {
        var input = new RecordInput();
        foreach (var (key, node) in json)
            input._values[key] = new RawValue(null, node is null ? null : JsonSerializer.SerializeToElement(node));
        return input;
    }
}

/// <summary>A raw value: typed text from a form, or a JSON element from the API (null when JSON null).</summary>
public readonly record struct RawValue(string? Text, JsonElement? Json)
{
    public bool IsJson => Json is not null || Text is null;

    public bool IsEmpty => Json switch
    {
        null => string.IsNullOrWhiteSpace(Text),
        { ValueKind: JsonValueKind.Null } => true,
        { ValueKind: JsonValueKind.String } j => string.IsNullOrWhiteSpace(j.GetString()),
        _ => false,
    };

    /// <summary>The text to measure against a maximum length.</summary>
    public string? AsText => Json is { ValueKind: JsonValueKind.String } j ? j.GetString()?.Trim() : Text?.Trim();
}
