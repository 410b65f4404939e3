using Comptoir.Data.Views;
using Comptoir.Web.Features.Api;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Comptoir.Web.Features.Views;

/// <summary>
/// A saved view's parameters: the list's own query string (q, sort, order, columns, the field filters, cond.*, or.*),
/// checked by <see cref="ListQuery.Read"/> when saved and again when applied, so a view means what its address
/// would mean, and a field removed since is reported, never dropped. Applying a view merges the address into it:
/// the address's sort, search or columns replace the view's, its conditions add to the view's.
/// </summary>
public static class ViewQuery
{
    /// <summary>?view={id} on a list (page and API); « all » on the page: « Tous », even when a default view exists.</summary>
    public const string Parameter = "view", All = "all";

    // What an address carries that is not the list's content: its paging and page size, its language.
    private static readonly HashSet<string> NotInView = ["cursor", "limit", "size", Parameter, "culture", "ui-culture", "handler"];

    /// <summary>The view's parameters checked against the module as it is now: the canonical text, or the errors under each parameter's name.</summary>
    public static (string? Query, Dictionary<string, List<string>> Errors) Canonical(ModuleDefinition module, string? text)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        text = (text ?? "").Trim().TrimStart('?');
        if (text.Length > SavedViewStore.MaxQueryLength)
        {
            errors["query"] = [ViewsText.T("Les paramètres d'une vue tiennent en {0} caractères au plus.", SavedViewStore.MaxQueryLength)];
            return (null, errors);
        }
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (rawKey, values) in QueryHelpers.ParseQuery(text))
        {
            // The page's word for the direction is « dir », the API's « order »: a view keeps the API's.
            var key = rawKey == "dir" ? "order" : rawKey;
            if (NotInView.Contains(key))
            {
                errors[key] = [ViewsText.T("« {0} » ne fait pas partie d'une vue (elle garde les conditions, les colonnes, le tri et la recherche).", key)];
                continue;
            }
            foreach (var value in values)
                // A blank search or sort is a form left empty; a condition's empty value (cond.website.empty=) means something.
                if (!string.IsNullOrWhiteSpace(value) || ListQuery.IsCondition(key)) pairs.Add(KeyValuePair.Create(key, value?.Trim() ?? ""));
        }
        if (errors.Count > 0) return (null, errors);
        var (_, listErrors) = ListQuery.Read(module, Collection(pairs));
        if (listErrors.Count > 0) return (null, listErrors);
        return (Text(pairs), errors);
    }

    /// <summary>The view's parameters with the address's (but ?view=) merged in; the page's « dir » for the page.</summary>
    public static QueryCollection Merge(string stored, IQueryCollection address, bool page)
    {
        var merged = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        foreach (var (key, values) in QueryHelpers.ParseQuery(stored))
            merged[page && key == "order" ? "dir" : key] = values;
        foreach (var (key, values) in address)
        {
            if (key == Parameter) continue;
            if (ListQuery.IsCondition(key) && merged.TryGetValue(key, out var mine))
                // The view's own conditions come back in the page's links: not twice.
                merged[key] = StringValues.Concat(mine, new StringValues(values.Where(v => !mine.Contains(v)).ToArray()));
            else merged[key] = values;
        }
        return new QueryCollection(merged);
    }

    /// <summary>The parameters of what a list shows now that a view would keep (the page's own words: dir → order).</summary>
    public static string FromAddress(IQueryCollection query, Func<string, bool> isListParameter)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, values) in query)
        {
            if (NotInView.Contains(key) || key.StartsWith("add.", StringComparison.Ordinal) || !isListParameter(key)) continue;
            foreach (var value in values)
                if (!string.IsNullOrWhiteSpace(value) || ListQuery.IsCondition(key)) pairs.Add(KeyValuePair.Create(key == "dir" ? "order" : key, value ?? ""));
        }
        return Text(pairs);
    }

    /// <summary>Whether the address says something about the list (then no default view applies).</summary>
    public static bool HasListParameters(IQueryCollection query) =>
        query.Keys.Any(k => k is not ("culture" or "ui-culture"));

    private static QueryCollection Collection(List<KeyValuePair<string, string>> pairs) =>
        new(pairs.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()), StringComparer.Ordinal));

    private static string Text(List<KeyValuePair<string, string>> pairs) =>
        QueryHelpers.AddQueryString("", pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value))).TrimStart('?');
}
