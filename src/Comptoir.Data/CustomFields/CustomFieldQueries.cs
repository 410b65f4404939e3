using System.Text.Json.Nodes;

namespace Comptoir.Data.CustomFields;

/// <summary>
/// Filters and keyset predicates on a custom field, written with <see cref="CustomFieldFunctions"/>.
/// Each goes through <see cref="Inline{TDelegate}"/>: the key becomes a literal of the query, so the SQL
/// expression is the one its index holds (a parameter, even EF.Constant's, is only inlined after translation).
/// </summary>
public static class CustomFieldQueries
{
    /// <summary>Records whose field equals <paramref name="value"/> (a parsed value of the field's type); null when SQL cannot compare it.</summary>
    /// <param name="indexed">False: written so that no index serves it (see <see cref="CustomFieldFunctions.ScanText"/>).</param>
    public static Expression<Func<T, bool>>? Equal<T>(FieldDefinition field, object value, bool indexed = true) where T : class, IRecord
    {
        var key = field.Key;
        var json = field.Type.ToJson(value);
        switch (CustomFieldKinds.KindOf(field))
        {
            case CustomValueKind.Text when json is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0:
                return indexed
                    ? Inline<Func<T, bool>>(r => CustomFieldFunctions.Text(r.CustomData, key) == text)
                    : Inline<Func<T, bool>>(r => CustomFieldFunctions.ScanText(r.CustomData, key) == text);
            case CustomValueKind.Number or CustomValueKind.Id when json is JsonValue:
                // The number as stored ("12.50"), converted by the database like the stored one: same double.
                var number = json.ToJsonString();
                return indexed
                    ? Inline<Func<T, bool>>(r => CustomFieldFunctions.Number(r.CustomData, key) == CustomFieldFunctions.ToNumber(number))
                    : Inline<Func<T, bool>>(r => CustomFieldFunctions.ScanNumber(r.CustomData, key) == CustomFieldFunctions.ToNumber(number));
            case CustomValueKind.Flag when value is bool flag:
                return Inline<Func<T, bool>>(r => CustomFieldFunctions.Flag(r.CustomData, key) == flag);
            default:
                return null;
        }
    }

    public static Expression<Func<T, string>> TextOf<T>(string key) where T : class, IRecord =>
        Inline<Func<T, string>>(r => CustomFieldFunctions.Text(r.CustomData, key));

    public static Expression<Func<T, bool>> FlagOf<T>(string key) where T : class, IRecord =>
        Inline<Func<T, bool>>(r => CustomFieldFunctions.Flag(r.CustomData, key));

    public static Expression<Func<T, double>> NumberOf<T>(string key) where T : class, IRecord =>
        Inline<Func<T, double>>(r => CustomFieldFunctions.Number(r.CustomData, key));

    /// <summary>Replaces the key argument of every custom field function (a captured variable) with its value as a constant.</summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> expression) =>
        (Expression<TDelegate>)new KeyInliner().Visit(expression);

    private sealed class KeyInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.DeclaringType != typeof(CustomFieldFunctions) || node.Arguments.Count != 2
                || node.Arguments[1] is not MemberExpression { Expression: ConstantExpression closure, Member: System.Reflection.FieldInfo field })
                return base.VisitMethodCall(node);
            var key = CustomFieldKinds.RequireSafeKey((string)field.GetValue(closure.Value)!);
            return node.Update(node.Object, [Visit(node.Arguments[0]), Expression.Constant(key)]);
        }
    }
}
