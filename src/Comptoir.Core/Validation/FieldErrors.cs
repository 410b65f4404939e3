namespace Comptoir.Core.Validation;

/// <summary>
/// Field-level messages keyed like the API's JSON (and the forms' input names), so a page and
/// the API report the same mistake under the same key.
/// </summary>
public sealed class FieldErrors
{
    /// <summary>Errors that belong to no single field.</summary>
    public const string General = "";

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;
    public IEnumerable<KeyValuePair<string, List<string>>> All => _errors;

    public void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var list)) _errors[key] = list = [];
        if (!list.Contains(message)) list.Add(message);
    }

    public IReadOnlyList<string> For(string key) => _errors.TryGetValue(key, out var list) ? list : [];
    public bool Has(string key) => _errors.ContainsKey(key);

    public IReadOnlyDictionary<string, List<string>> AsDictionary => _errors;
}
