using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Comptoir.Data.CustomFields;

/// <summary>
/// Custom field values as LINQ sees them, translated to the SQL of <see cref="CustomFieldSql"/>.
/// The key must be a constant of the query tree (see <see cref="CustomFieldQueries.Inline{TDelegate}"/>): it is
/// written into the SQL as a literal so that the expression is the index's expression (a parameter would
/// never match an index).
/// </summary>
public static class CustomFieldFunctions
{
    private const string SqlOnly = "Custom field values are read in SQL: use this method in a LINQ query.";

    /// <summary>The JSON string at <paramref name="key"/>, "" when absent or null.</summary>
    public static string Text(string? customData, string key) => throw new InvalidOperationException(SqlOnly);

    /// <summary>The JSON number at <paramref name="key"/>, <see cref="CustomFieldSql.EmptyNumberValue"/> when absent or null.</summary>
    public static double Number(string? customData, string key) => throw new InvalidOperationException(SqlOnly);

    /// <summary>The JSON boolean at <paramref name="key"/>, false when absent or null.</summary>
    public static bool Flag(string? customData, string key) => throw new InvalidOperationException(SqlOnly);

    /// <summary>
    /// <see cref="Text"/> in a form no index holds (SQLite: json_extract alone, NULL when empty), for a
    /// filter that should be checked row by row while the sort's index gives the order. Equal to
    /// <see cref="Text"/> whenever compared with a non-empty value; PostgreSQL chooses by itself and gets <see cref="Text"/>.
    /// </summary>
    public static string? ScanText(string? customData, string key) => throw new InvalidOperationException(SqlOnly);

    /// <summary><see cref="Number"/> in a form no index holds on SQLite; see <see cref="ScanText"/>.</summary>
    public static double? ScanNumber(string? customData, string key) => throw new InvalidOperationException(SqlOnly);

    /// <summary>
    /// Text read as a number by the database itself: a filter value converted by the same code that
    /// converts the stored JSON number gives exactly the same double, so equality holds.
    /// </summary>
    public static double ToNumber(string text) => throw new InvalidOperationException(SqlOnly);

    /// <summary>Maps the functions for the context's database; called from <see cref="AppDbContext"/>.OnModelCreating.</summary>
    public static void Register(ModelBuilder builder, AppDbContext db)
    {
        var provider = db.Provider;
        var mappings = db.GetService<IRelationalTypeMappingSource>();
        var text = mappings.FindMapping(typeof(string))!;
        var number = mappings.FindMapping(typeof(double))!;
        var flag = mappings.FindMapping(typeof(bool))!;
        var sqlite = provider == DatabaseProvider.Sqlite;

        SqlExpression Literal(string value) => new SqlConstantExpression(value, text);
        SqlExpression Fragment(string sql, Type type, RelationalTypeMapping mapping) => new SqlFragmentExpression(sql, type, mapping);
        SqlExpression Coalesce(SqlExpression value, SqlExpression empty, Type type, RelationalTypeMapping mapping) =>
            new SqlFunctionExpression("COALESCE", [value, empty], nullable: false, argumentsPropagateNullability: [false, false], type, mapping);
        SqlExpression Cast(SqlExpression value, Type type, RelationalTypeMapping mapping) =>
            new SqlUnaryExpression(System.Linq.Expressions.ExpressionType.Convert, value, type, mapping);

        // json_extract / jsonb_extract_path_text with the key (or its path) as a literal; NULL when absent.
        SqlExpression Extract(IReadOnlyList<SqlExpression> args, Type? type = null, RelationalTypeMapping? mapping = null)
        {
            var key = args[1] is SqlConstantExpression { Value: string k } ? CustomFieldKinds.RequireSafeKey(k)
                : throw new InvalidOperationException("The custom field key must be a constant of the query (CustomFieldQueries.Inline), so that the query uses its index.");
            return new SqlFunctionExpression(sqlite ? "json_extract" : "jsonb_extract_path_text",
                [args[0], Literal(sqlite ? CustomFieldSql.SqlitePath(key) : key)],
                nullable: true, argumentsPropagateNullability: [true, false], type ?? typeof(string), mapping ?? text);
        }

        SqlExpression TextOf(IReadOnlyList<SqlExpression> args)
        {
            var value = Coalesce(Extract(args), Literal(""), typeof(string), text);
            return sqlite ? value : new CollateExpression(value, "C");
        }

        SqlExpression NumberOf(IReadOnlyList<SqlExpression> args) =>
            Coalesce(sqlite ? Extract(args, typeof(double), number) : Cast(Extract(args), typeof(double), number),
                Fragment(CustomFieldSql.EmptyNumber, typeof(double), number), typeof(double), number);

        builder.HasDbFunction(Method(nameof(Text))).HasTranslation(TextOf);
        builder.HasDbFunction(Method(nameof(Number))).HasTranslation(NumberOf);
        builder.HasDbFunction(Method(nameof(ScanText))).HasTranslation(args => sqlite ? Extract(args) : TextOf(args));
        builder.HasDbFunction(Method(nameof(ScanNumber))).HasTranslation(args => sqlite ? Extract(args, typeof(double?), number) : NumberOf(args));

        // SQLite's json_extract gives 1/0 for true/false; PostgreSQL gives the text 'true'/'false'.
        builder.HasDbFunction(Method(nameof(Flag))).HasTranslation(args =>
        {
            var extracted = Extract(args);
            return Coalesce(sqlite ? extracted : Cast(extracted, typeof(bool), flag),
                Fragment(sqlite ? "0" : "FALSE", typeof(bool), flag), typeof(bool), flag);
        });

        builder.HasDbFunction(Method(nameof(ToNumber))).HasTranslation(args => Cast(args[0], typeof(double), number));
    }

    private static MethodInfo Method(string name) => typeof(CustomFieldFunctions).GetMethod(name)!;
}
