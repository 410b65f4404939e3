namespace Comptoir.Web.Features.Api;

/// <summary>
/// A record as the API shows it: one flat object keyed by the registry's field keys, built from
/// the module's active fields so that a new (or custom) field appears without touching this code.
/// </summary>
public static class RecordJson
{
    /// <summary>Keys every record carries besides its fields.</summary>
    public const string Id = "id", CreatedAt = "createdAt", UpdatedAt = "updatedAt";

    /// <param name="columns">Only these fields (?columns= of a list), besides the id and stamps; null for all.</param>
    public static JsonObject From(ModuleDefinition module, IRecord record, IReadOnlyList<string>? columns = null)
    {
        var json = new JsonObject { [Id] = record.Id };
        foreach (var field in columns is null ? module.ActiveFields : columns.Select(k => module.FindField(k)!))
            json[field.Key] = field.Type.ToJson(Normalise(FieldAccess.Get(record, field)));
        json[CreatedAt] = Utc(record.CreatedAt);
        json[UpdatedAt] = Utc(record.UpdatedAt);
        return json;
    }

    /// <summary>
    /// The same record reads the same whether it was just saved or read back: decimals without
    /// trailing zeros (SQLite drops them), stamps in UTC to the microsecond (PostgreSQL's precision).
    /// </summary>
    private static object? Normalise(object? value) => value is decimal d ? d / 1.0000000000000000000000000000m : value;

    private static DateTime Utc(DateTime value) =>
        new(value.Ticks - value.Ticks % 10, DateTimeKind.Utc);
}
