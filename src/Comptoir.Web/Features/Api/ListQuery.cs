using Comptoir.Data.CustomFields;

namespace Comptoir.Web.Features.Api;

/// <summary>
/// Reads a list's query string (q, sort, order, limit, cursor and ?fieldKey=value filters) into a
/// store request, refusing what the store would otherwise silently ignore.
/// </summary>
public static class ListQuery
{
    public const int DefaultLimit = 25, MaxLimit = 100;
    private static readonly HashSet<string> Reserved = ["q", "sort", "order", "limit", "cursor"];

    public static (ListRequest? Request, Dictionary<string, List<string>> Errors) Read(ModuleDefinition module, IQueryCollection query)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Fail(string key, string message) => errors[key] = [message];
        string? One(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(Clean(v.ToString())) ? Clean(v.ToString()) : null;

        var sort = One("sort");
        if (sort is not null && module.FindField(sort) is not { Active: true, Sortable: true })
            Fail("sort", ApiText.T("Tri impossible sur « {0} » : choisissez l'une de ces clés : {1}.", sort,
                string.Join(", ", module.ActiveFields.Where(f => f.Sortable).Select(f => f.Key))));

        var order = One("order")?.ToLowerInvariant();
        if (order is not (null or "asc" or "desc"))
            Fail("order", ApiText.T("« order » vaut asc ou desc."));

        var limit = DefaultLimit;
        if (One("limit") is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            Fail("limit", ApiText.T("« limit » doit être un nombre entier entre 1 et {0}.", MaxLimit));

        var cursor = One("cursor");
        if (cursor is not null && Keyset.Decode(cursor) is null)
            Fail("cursor", ApiText.T("Curseur invalide : reprenez « nextCursor » de la page précédente."));

        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, values) in query)
        {
            if (Reserved.Contains(key)) continue;
            var field = module.FindField(key);
            if (field is null || !field.Active)
            {
                Fail(key, Texts.T("Champ inconnu : « {0} ».", key));
                continue;
            }
            if (!Filterable(field))
            {
                Fail(key, ApiText.T("On ne peut pas filtrer sur « {0} ».", field.Label));
                continue;
            }
            var value = Clean(values.ToString());
            if (value.Length == 0) continue; // "?industry=" is a form left blank, not a filter
            var parsed = field.Type.Parse(field, value);
            if (parsed.IsValid) filters[key] = value;
            else Fail(key, parsed.Error!);
        }

        if (errors.Count > 0) return (null, errors);
        return (new ListRequest(One("q"), sort, order == "desc", cursor, limit) { Filters = filters }, errors);
    }

    /// <summary>No stored value holds U+0000 and PostgreSQL refuses it in a parameter: drop it.</summary>
    private static string Clean(string text) => text.Replace("\0", "", StringComparison.Ordinal).Trim();

    /// <summary>
    /// What the store can compare in SQL: real columns, except the owner (a pair of ids), and custom
    /// fields whose JSON value SQL reads as text, a number, a yes/no or a record id (not multiple choices).
    /// </summary>
    public static bool Filterable(FieldDefinition field) =>
        field.Storage.IsCustom ? CustomFieldKinds.Filterable(field) : field.Type.FiltersAsColumn;
}
