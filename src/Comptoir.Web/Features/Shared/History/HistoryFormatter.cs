using System.Text.Json;
using Comptoir.Data.History;

namespace Comptoir.Web.Features.Shared.History;

/// <summary>
/// Reads a record's history and formats its stored values (codes, ids) as the pages show values:
/// picklist labels, names of users, teams and referenced records, phones and dates in French.
/// The caller has checked that the user may see the record.
/// </summary>
public static class HistoryFormatter
{
    /// <summary>A page already read (<see cref="RecordHistoryPages"/>), formatted.</summary>
    public static async Task<HistoryList> FormatAsync(HistoryPage page, RecordNames names, ModuleDefinition module, IRecord record, CancellationToken ct)
    {
        var changes = page.Entries.ToDictionary(e => e.Id, RecordHistory.ChangesOf);
        var context = await NamesAsync(names, module, record, changes.Values.SelectMany(c => c), ct);
        var entries = page.Entries.Select(e => new HistoryEntry(
            e.Id, DateTime.SpecifyKind(e.At, DateTimeKind.Utc), e.UserName, e.Action,
            changes[e.Id].Select(c => Format(module, c, context)).ToList())).ToList();
        return new HistoryList(entries, page.NextCursor);
    }

    private static HistoryFieldChange Format(ModuleDefinition module, FieldChange change, FormatContext context)
    {
        // A field the layout manager has since deleted: its key and the value as stored.
        if (module.FindField(change.Field) is not { } field)
            return new(change.Field, change.Field, Raw(change.Old), Raw(change.New));
        return new(field.Key, field.Label.ToString(), Value(field, change.Old, context), Value(field, change.New, context));
    }

    private static string Value(FieldDefinition field, JsonNode? node, FormatContext context)
    {
        if (node is null) return "";
        var value = ValueOf(field, node);
        return value is null ? Raw(node) : field.Type.Format(field, value, context);
    }

    private static object? ValueOf(FieldDefinition field, JsonNode node) =>
        field.Type.FromStoredJson(JsonSerializer.Deserialize<JsonElement>(node.ToJsonString()));

    private static string Raw(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    /// <summary>
    /// Names of the owners and referenced records the changes mention, in the batched queries of
    /// <see cref="RecordNames"/>: each value is laid on a blank record of the module, which it resolves.
    /// </summary>
    private static async Task<FormatContext> NamesAsync(RecordNames names, ModuleDefinition module, IRecord record,
        IEnumerable<FieldChange> changes, CancellationToken ct)
    {
        var blanks = new List<IRecord>();
        foreach (var change in changes)
        {
            if (module.FindField(change.Field) is not { Type: OwnerFieldType or ReferenceFieldType } field) continue;
            foreach (var node in new[] { change.Old, change.New })
            {
                if (node is null || ValueOf(field, node) is not { } value) continue;
                var blank = (IRecord)Activator.CreateInstance(record.GetType())!;
                FieldAccess.Set(blank, field, value);
                blanks.Add(blank);
            }
        }
        return await names.ForAsync(module, blanks, ct);
    }
}
