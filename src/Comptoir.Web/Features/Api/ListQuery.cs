using Comptoir.Core.Records.Filtering;
using Comptoir.Data.CustomFields;

namespace Comptoir.Web.Features.Api;

/// <summary>
/// Reads a list's query string (q, sort, order, limit, cursor, ?fieldKey=value filters, cond.* and or.*
/// conditions, columns) into a store request, refusing what the store would otherwise silently ignore.
/// The list page reads its conditions and columns here too, so a list's URL means the same on both.
/// </summary>
public static class ListQuery
{
    public const int DefaultLimit = 25, MaxLimit = 100;
    private static readonly HashSet<string> Reserved = ["q", "sort", "order", "limit", "cursor", Columns];

    /// <summary>?cond.&lt;field&gt;.&lt;operator&gt;=value: all must hold; ?or.&lt;field&gt;.&lt;operator&gt;=value: any of them.</summary>
    public const string AllPrefix = "cond.", AnyPrefix = "or.";
    /// <summary>?columns=a,b,c (or repeated): the fields shown, in order.</summary>
    public const string Columns = "columns";

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
            if (Reserved.Contains(key) || IsCondition(key)) continue;
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

        var (all, any) = ReadConditions(module, query, errors, DateTime.UtcNow);
        var columns = ReadColumns(module, query, errors);

        if (errors.Count > 0) return (null, errors);
        return (new ListRequest(One("q"), sort, order == "desc", cursor, limit) { Filters = filters, Conditions = all, AnyOf = any, Columns = columns }, errors);
    }

    public static bool IsCondition(string key) =>
        key.StartsWith(AllPrefix, StringComparison.Ordinal) || key.StartsWith(AnyPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The cond.* and or.* parameters, each checked against its field's type; a refused one is reported under its
    /// parameter's name. A repeated parameter is one condition per value, except « in » whose values are one list.
    /// </summary>
    public static (List<Condition> All, List<Condition> Any) ReadConditions(ModuleDefinition module, IQueryCollection query,
        Dictionary<string, List<string>> errors, DateTime nowUtc)
    {
        List<Condition> all = [], any = [];
        foreach (var (key, values) in query)
        {
            if (!IsCondition(key)) continue;
            var group = key.StartsWith(AllPrefix, StringComparison.Ordinal) ? all : any;
            var rest = key[(group == all ? AllPrefix : AnyPrefix).Length..];
            var dot = rest.LastIndexOf('.');
            if (dot <= 0 || dot == rest.Length - 1)
            {
                errors[key] = [ApiText.T("Condition mal écrite : {0}<champ>.<opérateur>=valeur (exemple : {0}billingCity.eq=Lyon).", key[..(key.Length - rest.Length)])];
                continue;
            }
            var (fieldKey, op) = (rest[..dot], rest[(dot + 1)..]);
            var field = module.FindField(fieldKey);
            if (field is null || !field.Active)
            {
                errors[key] = [Texts.T("Champ inconnu : « {0} ».", fieldKey)];
                continue;
            }
            if (!ConditionPredicates.Supports(field, module.RecordType))
            {
                errors[key] = [ApiText.T("On ne peut pas filtrer sur « {0} ».", field.Label)];
                continue;
            }
            var texts = field.Type.FilterOperators.Any(o => o.Name == op && o.Operand == OperandShape.List)
                ? [string.Join(',', values.Select(v => Clean(v ?? "")))]
                : values.Select(v => Clean(v ?? "")).DefaultIfEmpty("").ToList();
            foreach (var text in texts)
            {
                var (condition, error) = ConditionParser.Parse(key, field, op, text, nowUtc);
                if (condition is not null) group.Add(condition);
                else (errors.TryGetValue(key, out var list) ? list : errors[key] = []).Add(error!);
            }
        }
        return (all, any);
    }

    /// <summary>?columns=: active field keys, comma-separated or repeated; null when absent or blank.</summary>
    public static IReadOnlyList<string>? ReadColumns(ModuleDefinition module, IQueryCollection query, Dictionary<string, List<string>> errors)
    {
        if (!query.TryGetValue(Columns, out var values)) return null;
        var keys = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(Clean).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0) return null;
        var unknown = keys.Where(k => module.FindField(k) is not { Active: true }).ToList();
        if (unknown.Count > 0)
        {
            errors[Columns] = [ApiText.T("Colonne inconnue : « {0} ».", string.Join(", ", unknown))];
            return null;
        }
        return keys;
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
