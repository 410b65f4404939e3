using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Comptoir.Data.Records;

/// <summary>
/// Keyset ("seek") paging on (value, Id): page 1,000 costs what page 1 does, unlike OFFSET. A page
/// after a cursor reads "value = v and id > last", then "value > v" (KeysetPages.ReadAsync): two
/// index seeks, even when thousands of rows share v. A page before a cursor reads the same way in
/// the reverse order.
/// </summary>
public static class Keyset
{
    /// <summary>
    /// A row's place in the order: its sort value (text, or a number for numeric custom fields) and its id.
    /// The page is the rows after it, or with <paramref name="Before"/> the rows just before it.
    /// </summary>
    public sealed record Cursor(string? Text, double? Number, long Id, bool Before = false);

    /// <summary>Written after the value and the id of a cursor that reads backwards; a forward cursor has two parts only.</summary>
    private const string BeforeMark = "before";

    public static string Encode(string value, long id, bool before = false) => Encode((object)value, id, before);

    public static string Encode(double value, long id, bool before = false) => Encode((object)value, id, before);

    private static string Encode(object value, long id, bool before) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(before ? new[] { value, id, BeforeMark } : new[] { value, id })));

    public static Cursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var parts = JsonSerializer.Deserialize<JsonElement[]>(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)));
            var before = parts is [_, _, { ValueKind: JsonValueKind.String } mark] && mark.GetString() == BeforeMark;
            return parts switch
            {
                [{ ValueKind: JsonValueKind.String } v, { ValueKind: JsonValueKind.Number } id, ..] when parts.Length == 2 || before =>
                    new Cursor(v.GetString()!, null, id.GetInt64(), before),
                [{ ValueKind: JsonValueKind.Number } v, { ValueKind: JsonValueKind.Number } id, ..] when (parts.Length == 2 || before) && double.IsFinite(v.GetDouble()) =>
                    new Cursor(null, v.GetDouble(), id.GetInt64(), before),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException or InvalidOperationException)
        {
            return null; // a mangled cursor restarts at page 1 rather than failing
        }
    }

    /// <summary>
    /// sortKey(r) op value, the value sent as a parameter; text compares with string.Compare, which EF
    /// turns into SQL "&lt;"/"&gt;" (byte order on both databases, like the keyset indexes).
    /// </summary>
    public static Expression<Func<T, bool>> Compare<T, TKey>(Expression<Func<T, TKey>> sortKey, ExpressionType op, TKey value)
    {
        var parameter = Expression.Property(Expression.Constant(new Holder<TKey>(value)), nameof(Holder<TKey>.Value));
        Expression left = sortKey.Body, right = parameter;
        if (typeof(TKey) == typeof(string) && op != ExpressionType.Equal)
        {
            left = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, sortKey.Body, parameter);
            right = Expression.Constant(0);
        }
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(op, left, right), sortKey.Parameters);
    }

    private sealed record Holder<TValue>(TValue Value);

    public static Expression<Func<T, bool>> Equal<T>(string column, object? value) where T : class
    {
        var parameter = Expression.Parameter(typeof(T), "r");
        var property = Expression.Property(parameter, column);
        // Read through a closure-like holder so EF sends a parameter rather than inlining a literal:
        // one query plan for every value, and no odd character ever reaches the SQL text.
        var holder = Expression.Property(Expression.Constant(new ValueHolder(value)), nameof(ValueHolder.Value));
        var constant = Expression.Convert(holder, property.Type);
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(property, constant), parameter);
    }

    private sealed record ValueHolder(object? Value);
}
