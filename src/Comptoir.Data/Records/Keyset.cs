using System.Buffers.Text;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Comptoir.Core.Records;
using Microsoft.EntityFrameworkCore;

// CA1309: string.Compare(a, b) is what EF translates to SQL "<"/">" (byte order on both databases).
#pragma warning disable CA1309

namespace Comptoir.Data.Records;

/// <summary>
/// Keyset ("seek") paging on (column, Id): page 1,000 costs what page 1 does, unlike OFFSET.
/// The predicate is written col >= v AND (col > v OR id > last), which SQLite turns into an
/// index seek where the row-value form (col, id) > (v, last) would scan.
/// </summary>
public static class Keyset
{
    public sealed record Cursor(string Value, long Id);

    public static string Encode(string value, long id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object[] { value, id })));

    public static Cursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var parts = JsonSerializer.Deserialize<JsonElement[]>(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)));
            return parts is [{ ValueKind: JsonValueKind.String } v, { ValueKind: JsonValueKind.Number } id] ? new Cursor(v.GetString()!, id.GetInt64()) : null;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null; // a mangled cursor restarts at page 1 rather than failing
        }
    }

    public static Expression<Func<T, bool>> After<T>(string column, string value, long id, bool descending) where T : class, IRecord =>
        descending
            ? r => string.Compare(EF.Property<string>(r, column), value) <= 0
                   && (string.Compare(EF.Property<string>(r, column), value) < 0 || r.Id < id)
            : r => string.Compare(EF.Property<string>(r, column), value) >= 0
                   && (string.Compare(EF.Property<string>(r, column), value) > 0 || r.Id > id);

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
