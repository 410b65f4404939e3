using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Comptoir.Core.Records;

/// <summary>
/// Reads and writes a field's value on a record, wherever the registry says it lives:
/// an entity property (standard field) or the record's custom-field JSON document.
/// </summary>
public static class FieldAccess
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo> Properties = new();

    public static object? Get(object record, FieldDefinition field)
    {
        if (field.Storage.IsCustom)
        {
            var doc = ReadCustom(record);
            return doc is not null && doc.TryGetPropertyValue(field.Key, out var node) && node is not null
                ? field.Type.FromStoredJson(JsonSerializer.Deserialize<JsonElement>(node.ToJsonString()))
                : null;
        }
        if (field.Type.TryRead(record, out var held)) return held;
        var value = Property(record.GetType(), field.Storage.Column!).GetValue(record);
        return value switch
        {
            "" => null,                 // text columns store "" rather than NULL (keyset paging)
            int i => (long)i,           // integer fields are long everywhere in the domain
            _ => value,
        };
    }

    public static void Set(object record, FieldDefinition field, object? value)
    {
        if (field.Storage.IsCustom)
        {
            var doc = ReadCustom(record) ?? [];
            doc[field.Key] = field.Type.ToJson(value);
            ((IRecord)record).CustomData = doc.ToJsonString();
            return;
        }
        if (field.Type.TryWrite(record, value)) return;
        var property = Property(record.GetType(), field.Storage.Column!);
        var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        object? converted = value switch
        {
            null when property.PropertyType == typeof(string) => "",
            null => null,
            _ when target.IsInstanceOfType(value) => value,
            _ => Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture),
        };
        property.SetValue(record, converted);
    }

    private static JsonObject? ReadCustom(object record) =>
        record is IRecord { CustomData: { Length: > 0 } json } ? JsonNode.Parse(json) as JsonObject : null;

    private static PropertyInfo Property(Type type, string name) =>
        Properties.GetOrAdd((type, name), key =>
            key.Item1.GetProperty(key.Item2) ?? throw new InvalidOperationException($"{key.Item1.Name} has no property {key.Item2}."));
}
