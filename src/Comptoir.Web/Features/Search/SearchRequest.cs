namespace Comptoir.Web.Features.Search;

/// <summary>
/// Reads ?q= and ?limit= of a search, the API's and the page's alike, refusing what it would otherwise ignore:
/// an empty query, a limit that is not a whole number between 1 and <see cref="GlobalSearch.MaxLimit"/>, an unknown parameter.
/// </summary>
public static class SearchRequest
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "q", "limit", "culture", "handler" };

    public static (string? Query, int Limit, Dictionary<string, List<string>> Errors) Read(IQueryCollection query)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var q = query["q"].ToString().Replace("\0", "", StringComparison.Ordinal).Trim();
        if (q.Length == 0) errors["q"] = [SearchText.T("Indiquez ce que vous cherchez (« q »).")];
        else if (q.Length > GlobalSearch.MaxQueryLength) errors["q"] = [SearchText.T("La recherche compte au plus {0} caractères.", GlobalSearch.MaxQueryLength)];

        var limit = GlobalSearch.DefaultLimit;
        if (query.TryGetValue("limit", out var text)
            && (!int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > GlobalSearch.MaxLimit))
            errors["limit"] = [SearchText.T("« limit » doit être un nombre entier entre 1 et {0}.", GlobalSearch.MaxLimit)];

        foreach (var key in query.Keys.Where(k => !Known.Contains(k)))
            errors[key] = [SearchText.T("Paramètre inconnu : « {0} ».", key)];
        return (errors.Count == 0 ? q : null, limit, errors);
    }
}
