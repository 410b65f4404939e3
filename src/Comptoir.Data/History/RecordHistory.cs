using System.Text.Json;
using System.Text.Json.Nodes;

namespace Comptoir.Data.History;

/// <summary>
/// Writes a record's history (« Modifications »). Callers add the entry in their own save's transaction,
/// so a change and its history line are kept or lost together.
/// </summary>
public static class RecordHistory
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string Restored = "restored";
    /// <summary>A merge's lines: the record kept « Fusion de CPT-000013 » (one per record merged into it), then the values it took from them.</summary>
    public static string MergedFrom(string number) => "merge:" + number;
    public const string MergeValues = "merge-values";
    /// <summary>A merged record's line as it goes to the bin: « Fusionné dans CPT-000012 ».</summary>
    public static string MergedInto(string number) => "merged-into:" + number;

    /// <summary>Adds the entry to the context only: the caller's SaveChanges writes it with the record.</summary>
    public static void Add(AppDbContext db, string module, long recordId, UserContext user, string action, IReadOnlyList<FieldChange> changes)
    {
        var array = new JsonArray();
        foreach (var change in changes)
            array.Add(new JsonObject { ["field"] = change.Field, ["old"] = change.Old?.DeepClone(), ["new"] = change.New?.DeepClone() });
        db.RecordChanges.Add(new RecordChange
        {
            Module = module,
            RecordId = recordId,
            At = DateTime.UtcNow,
            UserId = user.UserId,
            UserName = user.DisplayName.Length <= UserNameMax ? user.DisplayName : user.DisplayName[..UserNameMax],
            Action = action,
            Changes = array.ToJsonString(),
        });
    }

    private const int UserNameMax = 100;

    /// <summary>
    /// The values a save may change, read through the registry (custom fields included). Read-only fields
    /// are left out: they are allocated or derived from fields whose change the history already shows.
    /// </summary>
    public static Dictionary<string, JsonNode?> Snapshot(ModuleDefinition module, object record)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var field in module.Fields.Where(f => !f.ReadOnly))
            values[field.Key] = field.Type.ToJson(FieldAccess.Get(record, field));
        return values;
    }

    /// <summary>The fields whose value differs between two snapshots, in the module's order.</summary>
    public static List<FieldChange> Diff(Dictionary<string, JsonNode?> before, Dictionary<string, JsonNode?> after)
    {
        var changes = new List<FieldChange>();
        foreach (var (key, now) in after)
        {
            var was = before.GetValueOrDefault(key);
            if (!Same(was, now)) changes.Add(new FieldChange(key, was, now));
        }
        return changes;
    }

    /// <summary>Equal stored values; numbers by value (a column's 12.50 is the 12.5 typed again).</summary>
    private static bool Same(JsonNode? a, JsonNode? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (Number(a) is decimal x && Number(b) is decimal y) return x == y;
        return JsonNode.DeepEquals(a, b);
    }

    private static decimal? Number(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
        && decimal.TryParse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>The changes of a stored entry; an unreadable document reads as no change rather than failing the page.</summary>
    public static IReadOnlyList<FieldChange> ChangesOf(RecordChange entry)
    {
        try
        {
            if (JsonNode.Parse(entry.Changes) is not JsonArray array) return [];
            return array.OfType<JsonObject>()
                .Where(o => o["field"] is JsonValue f && f.GetValueKind() == JsonValueKind.String)
                .Select(o => new FieldChange(o["field"]!.GetValue<string>(), o["old"], o["new"]))
                .ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
