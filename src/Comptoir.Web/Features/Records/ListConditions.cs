using Comptoir.Core.Records.Filtering;
using Comptoir.Web.Features.Api;
using Microsoft.AspNetCore.WebUtilities;

namespace Comptoir.Web.Features.Records;

/// <summary>
/// The list page's conditions as its URL holds them (read by <see cref="ListQuery"/>, like the API's): the ones
/// applied, the ones refused with their message, the chosen columns, and the « add a condition » form's
/// progress (add.field, then add.op and add.value), which becomes a cond.* or or.* parameter of the address.
/// </summary>
public sealed class ListConditions
{
    public const string AddField = "add.field", AddOperator = "add.op", AddValue = "add.value", AddValue2 = "add.value2", AddGroup = "add.group";

    private readonly IQueryCollection _query;
    private readonly string _path;

    private ListConditions(IQueryCollection query, string path) => (_query, _path) = (query, path);

    public IReadOnlyList<Condition> All { get; private init; } = [];
    public IReadOnlyList<Condition> AnyOf { get; private init; } = [];
    /// <summary>Conditions of the address that could not be applied: parameter, what it said, why.</summary>
    public IReadOnlyList<(string Parameter, string Text, string Error)> Refused { get; private init; } = [];
    public IReadOnlyList<string>? Columns { get; private init; }
    public string? ColumnsError { get; private init; }
    /// <summary>The fields a condition may be put on.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; private init; } = [];
    /// <summary>The field of the condition being added, once chosen.</summary>
    public FieldDefinition? Adding { get; private init; }
    public string? AddError { get; private set; }
    /// <summary>The list's address with the condition just added, to go to; null when nothing was added.</summary>
    public string? Redirect { get; private set; }

    public int Count => All.Count + AnyOf.Count;

    public static ListConditions Read(ModuleDefinition module, HttpRequest request, string path, DateTime nowUtc)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var (all, any) = ListQuery.ReadConditions(module, request.Query, errors, nowUtc);
        var columns = ListQuery.ReadColumns(module, request.Query, errors);
        var fields = module.ActiveFields.Where(f => ConditionPredicates.Supports(f, module.RecordType)).ToList();
        var adding = request.Query[AddField].ToString() is { Length: > 0 } key ? fields.FirstOrDefault(f => f.Key == key) : null;
        var conditions = new ListConditions(request.Query, path)
        {
            All = all, AnyOf = any, Columns = columns, Fields = fields, Adding = adding,
            ColumnsError = errors.GetValueOrDefault(ListQuery.Columns)?[0],
            Refused = errors.Where(e => e.Key != ListQuery.Columns).Select(e => (e.Key, request.Query[e.Key].ToString(), e.Value[0])).ToList(),
        };
        if (adding is not null && request.Query[AddOperator].ToString() is { Length: > 0 } op) conditions.Add(adding, op, nowUtc);
        return conditions;
    }

    private void Add(FieldDefinition field, string opName, DateTime nowUtc)
    {
        var op = field.Type.FilterOperators.FirstOrDefault(o => o.Name == opName);
        var values = _query[AddValue].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        var text = op?.Operand switch
        {
            OperandShape.None => "",
            OperandShape.Range => $"{values.FirstOrDefault()}{FilterOperator.RangeSeparator}{_query[AddValue2].ToString().Trim()}",
            OperandShape.List => string.Join(',', values),
            _ => values.FirstOrDefault() ?? "",
        };
        var parameter = (_query[AddGroup] == "or" ? ListQuery.AnyPrefix : ListQuery.AllPrefix) + field.Key + "." + opName;
        var (condition, error) = ConditionParser.Parse(parameter, field, opName, text, nowUtc);
        if (condition is null)
        {
            AddError = error;
            return;
        }
        Redirect = Url(State(except: p => p == ListQueryCursor).Append(KeyValuePair.Create(parameter, text)));
    }

    private const string ListQueryCursor = "cursor";

    /// <summary>The address's parameters but the cursor, the add form's, and those <paramref name="except"/> names.</summary>
    public IEnumerable<KeyValuePair<string, string>> State(Func<string, bool>? except = null) =>
        from pair in _query
        where pair.Key != ListQueryCursor && !pair.Key.StartsWith("add.", StringComparison.Ordinal) && except?.Invoke(pair.Key) != true
        from value in pair.Value
        select KeyValuePair.Create(pair.Key, value ?? "");

    /// <summary>The conditions and columns applied, as the list's links carry them (page, sort, size).</summary>
    public IEnumerable<KeyValuePair<string, string>> Applied =>
        All.Concat(AnyOf).Select(c => KeyValuePair.Create(c.Parameter, c.Text))
            .Concat(Columns is null ? [] : [KeyValuePair.Create(ListQuery.Columns, string.Join(',', Columns))]);

    /// <summary>The list without this condition (every value of its parameter for a list of values).</summary>
    public string RemoveUrl(string parameter, string text, bool whole) =>
        Url(State().Where(p => p.Key != parameter || !whole && p.Value.Trim() != text.Trim()));

    public string RemoveUrl(Condition c) => RemoveUrl(c.Parameter, c.Text, c.Operator.Operand == OperandShape.List);

    /// <summary>The list without any condition or filter, its search, sort, size and columns kept.</summary>
    public string ClearUrl(IEnumerable<string> filterKeys)
    {
        var filters = filterKeys.ToHashSet(StringComparer.Ordinal);
        return Url(State(except: k => ListQuery.IsCondition(k) || filters.Contains(k)));
    }

    /// <summary>The list with the module's own columns.</summary>
    public string DefaultColumnsUrl => Url(State(except: k => k == ListQuery.Columns));

    /// <summary>The operand as the chip shows it: each value formatted by its type, a range as « a et b ».</summary>
    public static string Describe(Condition c, FormatContext context)
    {
        if (!c.Operator.TakesOperand || c.Operator.IsPeriod) return "";
        if (c.Operator.Name is "contains" or "starts") return "« " + c.Text + " »";
        var values = c.Operands.Select(o => c.Field.Type.Format(c.Field, o, context)).ToList();
        return c.Operator.Operand == OperandShape.Range ? RecordsText.T("{0} et {1}", values[0], values[1]) : string.Join(", ", values);
    }

    private string Url(IEnumerable<KeyValuePair<string, string>> pairs) =>
        QueryHelpers.AddQueryString(_path, pairs.Select(p => KeyValuePair.Create(p.Key, (string?)p.Value)));
}
