using System.Reflection;
using System.Text.Json.Nodes;
using Comptoir.Core.Records.Filtering;
using Comptoir.Data.CustomFields;

// CA1309/CA1307: string.Compare(a, b) and the one-argument string methods are what EF translates to SQL.
#pragma warning disable CA1309, CA1307, CA1304, CA1311, CA1862
// CA1859: the helpers build trees of mixed node types; their callers want Expression.
#pragma warning disable CA1859

namespace Comptoir.Data.Records;

/// <summary>
/// The SQL of a list's filter conditions (<see cref="Condition"/>), per storage: a real column (its folded sort
/// key for names, so « commence par » seeks the index and ignores case and accents), the owner's pair of
/// columns, or a custom field's JSON value read as its index reads it (<see cref="CustomFieldFunctions"/>).
/// Every operand is sent as a parameter.
/// </summary>
public static class ConditionPredicates
{
    /// <summary>Whether conditions on the field can be written in SQL for records of <paramref name="recordType"/>.</summary>
    public static bool Supports(FieldDefinition field, Type recordType)
    {
        if (field.Type.FilterOperators.Count == 0) return false;
        if (field.Storage.IsCustom)
            return CustomFieldKinds.Filterable(field) || field.Type.TakesSeveralValues && CustomFieldKinds.IsSafeKey(field.Key);
        if (!field.Type.FiltersAsColumn) return typeof(IOwnedRecord).IsAssignableFrom(recordType);
        return recordType.GetProperty(field.Storage.Column!) is not null;
    }

    /// <summary>Records matching every condition.</summary>
    public static Expression<Func<T, bool>> AllOf<T>(IEnumerable<Condition> conditions, UserContext user, DatabaseProvider provider) where T : class, IRecord =>
        Combine<T>(conditions, user, provider, Expression.AndAlso, true);

    /// <summary>Records matching at least one condition (the « OU » group); every record when there is none.</summary>
    public static Expression<Func<T, bool>> AnyOf<T>(IReadOnlyCollection<Condition> conditions, UserContext user, DatabaseProvider provider) where T : class, IRecord =>
        conditions.Count == 0 ? _ => true : Combine<T>(conditions, user, provider, Expression.OrElse, false);

    private static Expression<Func<T, bool>> Combine<T>(IEnumerable<Condition> conditions, UserContext user, DatabaseProvider provider,
        Func<Expression, Expression, BinaryExpression> join, bool seed) where T : class, IRecord
    {
        var r = Expression.Parameter(typeof(T), "r");
        Expression? body = null;
        foreach (var condition in conditions)
        {
            var one = Body<T>(condition, r, user, provider);
            body = body is null ? one : join(body, one);
        }
        return Expression.Lambda<Func<T, bool>>(body ?? Expression.Constant(seed), r);
    }

    private static Expression Body<T>(Condition c, ParameterExpression r, UserContext user, DatabaseProvider provider) where T : class, IRecord
    {
        var field = c.Field;
        if (field.Storage.IsCustom) return Custom<T>(c, r, provider);
        if (!field.Type.FiltersAsColumn) return Owner(c, r, user);
        var folded = field.SortColumn is { } sortColumn && sortColumn != field.Storage.Column
                     && r.Type.GetProperty(sortColumn)?.PropertyType == typeof(string) ? Expression.Property(r, sortColumn) : null;
        var column = Expression.Property(r, field.Storage.Column!);
        return column.Type == typeof(string) ? Text(c, column, folded, emptyText: "") : Value(c, column, provider);
    }

    /// <summary>A text column (never NULL: "" when empty), or a custom text value read the same way.</summary>
    private static Expression Text(Condition c, Expression value, Expression? folded, string emptyText)
    {
        var texts = c.Operands.Select(o => o as string ?? TextOf(c.Field, o)).ToList();
        switch (c.Operator.Name)
        {
            case "contains":
                return folded is not null
                    ? Call(folded, nameof(string.Contains), Box(SearchKey.Fold(texts[0])))
                    : Call(Call(value, nameof(string.ToLower)), nameof(string.Contains), Box(texts[0].ToLowerInvariant()));
            case "starts":
                if (folded is null) return Call(Call(value, nameof(string.ToLower)), nameof(string.StartsWith), Box(texts[0].ToLowerInvariant()));
                var prefix = SearchKey.Fold(texts[0]);
                return Expression.AndAlso(Compare(folded, ExpressionType.GreaterThanOrEqual, prefix), Compare(folded, ExpressionType.LessThan, PrefixRange.Next(prefix)));
            case "eq":
                return Expression.Equal(value, Box(texts[0]));
            case "in":
                return Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)], Box(texts), value);
            case "empty":
                return Expression.Equal(value, Expression.Constant(emptyText));
            case "lt":
                return NotEmpty(value, Compare(value, ExpressionType.LessThan, texts[0]));
            case "gt":
                return NotEmpty(value, Compare(value, ExpressionType.GreaterThan, texts[0]));
            default: // between and the periods: both ends included
                return NotEmpty(value, Expression.AndAlso(Compare(value, ExpressionType.GreaterThanOrEqual, texts[0]), Compare(value, ExpressionType.LessThanOrEqual, texts[1])));
        }
    }

    private static Expression NotEmpty(Expression value, Expression test) =>
        Expression.AndAlso(Expression.NotEqual(value, Expression.Constant("")), test);

    /// <summary>A number, date or yes/no column; NULL when empty.</summary>
    private static Expression Value(Condition c, MemberExpression column, DatabaseProvider provider)
    {
        var type = column.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        Expression left = column;
        // SQLite keeps decimals as text, which compares as text: compare as REAL there (equality stays exact).
        if (underlying == typeof(decimal) && provider == DatabaseProvider.Sqlite && c.Operator.Name != "eq")
        {
            underlying = typeof(double);
            type = typeof(double?);
            left = Expression.Convert(column, typeof(double?));
        }
        Expression Operand(int i) => Expression.Convert(Box(Convert.ChangeType(c.Operands[i], underlying, CultureInfo.InvariantCulture), underlying), type);
        return c.Operator.Name switch
        {
            "eq" => Expression.Equal(left, Operand(0)),
            "lt" => Expression.LessThan(left, Operand(0)),
            "gt" => Expression.GreaterThan(left, Operand(0)),
            "empty" => Nullable.GetUnderlyingType(column.Type) is null ? Expression.Constant(false) : Expression.Equal(column, Expression.Constant(null, column.Type)),
            _ => Expression.AndAlso(Expression.GreaterThanOrEqual(left, Operand(0)), Expression.LessThanOrEqual(left, Operand(1))),
        };
    }

    /// <summary>« Assigné à »: moi, mes équipes, or a given user or team.</summary>
    private static Expression Owner(Condition c, ParameterExpression r, UserContext user)
    {
        var assignedUser = Expression.Property(r, nameof(IOwnedRecord.AssignedUserId));
        var assignedTeam = Expression.Property(r, nameof(IOwnedRecord.AssignedTeamId));
        switch (c.Operator.Name)
        {
            case "me":
                return Expression.Equal(assignedUser, Expression.Convert(Box(user.UserId), typeof(int?)));
            case "my-teams":
                if (user.TeamIds.Count == 0) return Expression.Constant(false);
                return Expression.AndAlso(Expression.NotEqual(assignedTeam, Expression.Constant(null, typeof(int?))),
                    Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], Box(user.TeamIds.ToList()), Expression.Property(assignedTeam, "Value")));
            default:
                var owner = (OwnerRef)c.Operands[0];
                return Expression.Equal(owner.Kind == OwnerKind.User ? assignedUser : assignedTeam, Expression.Convert(Box(owner.Id), typeof(int?)));
        }
    }

    private static Expression Custom<T>(Condition c, ParameterExpression r, DatabaseProvider provider) where T : class, IRecord
    {
        var key = c.Field.Key;
        Expression Read(LambdaExpression read) => ParameterRebinder.Body(read, r);
        if (c.Field.Type.TakesSeveralValues)
        {
            // A multiple choice is a JSON array of codes: its text holds "code" (quotes included) when it holds the code.
            var codes = Read(CustomFieldQueries.TextOf<T>(key));
            if (c.Operator.Name == "empty")
                return Expression.OrElse(Expression.Equal(codes, Expression.Constant("")), Expression.Equal(Call(codes, nameof(string.Replace), Expression.Constant(" "), Expression.Constant("")), Expression.Constant("[]")));
            return c.Operands.Select(o => (Expression)Call(codes, nameof(string.Contains), Box("\"" + (string)o + "\"")))
                .Aggregate(Expression.OrElse);
        }
        switch (CustomFieldKinds.KindOf(c.Field))
        {
            case CustomValueKind.Text:
                return Text(c, Read(CustomFieldQueries.TextOf<T>(key)), folded: null, emptyText: "");
            case CustomValueKind.Flag:
                return Expression.Equal(Read(CustomFieldQueries.FlagOf<T>(key)), Box((bool)c.Operands[0]));
            default: // numbers and record ids; an empty one reads as EmptyNumber, below every value
                var number = Read(CustomFieldQueries.NumberOf<T>(key));
                // A bound as a double parameter: SQLite seeks the index with it, never with CAST(@p AS REAL). Equality on
                // PostgreSQL converts the text as the stored number is converted (the same double, see ToNumber).
                Expression Bound(int i) => Box(Convert.ToDouble(c.Operands[i], CultureInfo.InvariantCulture));
                Expression Exact() => provider == DatabaseProvider.Sqlite ? Bound(0) : Expression.Call(ToNumber, Box(c.Field.Type.ToJson(c.Operands[0])!.ToJsonString()));
                var present = Expression.GreaterThan(number, Box(CustomFieldSql.EmptyNumberValue / 10));
                return c.Operator.Name switch
                {
                    "eq" => Expression.Equal(number, Exact()),
                    "lt" => Expression.AndAlso(present, Expression.LessThan(number, Bound(0))),
                    "gt" => Expression.GreaterThan(number, Bound(0)),
                    "empty" => Expression.Not(present),
                    _ => Expression.AndAlso(Expression.GreaterThanOrEqual(number, Bound(0)), Expression.LessThanOrEqual(number, Bound(1))),
                };
        }
    }

    private static readonly MethodInfo ToNumber = typeof(CustomFieldFunctions).GetMethod(nameof(CustomFieldFunctions.ToNumber))!;

    /// <summary>A value as the custom field's JSON holds it ("2026-12-31", a code), to compare as text.</summary>
    private static string TextOf(FieldDefinition field, object value) =>
        field.Type.ToJson(value) is JsonValue json && json.TryGetValue<string>(out var text) ? text : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static Expression Call(Expression target, string method, params Expression[] args) =>
        Expression.Call(target, typeof(string).GetMethod(method, args.Select(a => a.Type).ToArray())!, args);

    /// <summary>string.Compare(value, operand) op 0: SQL "&lt;"/"&gt;" in byte order, as the indexes hold text.</summary>
    private static Expression Compare(Expression value, ExpressionType op, string operand) =>
        Expression.MakeBinary(op, Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, value, Box(operand)), Expression.Constant(0));

    /// <summary>The value read from a holder's property, so that EF sends it as a parameter rather than a literal.</summary>
    private static Expression Box<TValue>(TValue value) => Box(value, typeof(TValue));

    private static Expression Box(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    private sealed record Holder<TValue>(TValue Value);
}
