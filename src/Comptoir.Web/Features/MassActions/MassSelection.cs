namespace Comptoir.Web.Features.MassActions;

/// <summary>
/// What a list posted to « Modifier » or « Supprimer »: the ticked rows (ids), or « Sélectionner les N résultats »
/// (all=1) with the list's own parameters (list.q, list.cond.…), read as the API reads a mass action's filter.
/// Each page after the list carries it on in hidden inputs (<see cref="Fields"/>), so that the selection stays the one chosen.
/// </summary>
public sealed record MassSelection(IReadOnlyList<long>? Ids, IReadOnlyDictionary<string, string[]>? Filter)
{
    public const string ListPrefix = "list.";

    public bool IsEmpty => Ids is { Count: 0 };

    public static MassSelection Read(IFormCollection form)
    {
        if (form["all"] == "1")
        {
            var filter = form.Keys.Where(k => k.StartsWith(ListPrefix, StringComparison.Ordinal) && k.Length > ListPrefix.Length)
                .ToDictionary(k => k[ListPrefix.Length..], k => form[k].Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
            return new(null, filter);
        }
        return new(ParseIds(form["ids"], MassRequest.MaxIds), null);
    }

    /// <summary>« 12,15 » or ids=12&amp;ids=15, as lists and links send them: junk dropped (they only send numbers), each once, in id order.</summary>
    public static List<long> ParseIds(Microsoft.Extensions.Primitives.StringValues values, int max) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
            .Where(id => id > 0).Distinct().Order().Take(max).ToList();

    /// <summary>The selection as hidden inputs, for the next form.</summary>
    public IEnumerable<KeyValuePair<string, string>> Fields => Ids is { } ids
        ? [KeyValuePair.Create("ids", string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture))))]
        : [KeyValuePair.Create("all", "1"), .. Filter!.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(ListPrefix + p.Key, v)))];

    public MassRequest Request(MassKind kind, JsonObject? set, IReadOnlyList<string> with) => new(kind, Ids, Filter, set, with);
}
