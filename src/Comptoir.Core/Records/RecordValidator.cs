namespace Comptoir.Core.Records;

/// <summary>The outcome of validating an input against the registry: parsed values, or every failing field.</summary>
public sealed class RecordValidation
{
    public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);
    public bool IsValid => Errors.Count == 0;

    public void AddError(string key, string message)
    {
        if (!Errors.TryGetValue(key, out var list)) Errors[key] = list = [];
        list.Add(message);
    }
}

/// <summary>Validation built from the metadata in one place, for form posts and API calls alike.</summary>
public static class RecordValidator
{
    /// <param name="partial">PATCH: only the keys present are validated and changed.</param>
    public static Task<RecordValidation> ValidateAsync(
        ModuleDefinition module, RecordInput input, bool partial, IReferenceChecker checker, CancellationToken ct) =>
        ValidateAsync(module, input, partial, checker, current: null, ct);

    /// <param name="current">The record being edited: the picklist values it holds stay valid on it after an administrator retired them.</param>
    public static async Task<RecordValidation> ValidateAsync(
        ModuleDefinition module, RecordInput input, bool partial, IReferenceChecker checker, object? current, CancellationToken ct)
    {
        var result = new RecordValidation();
        foreach (var key in input.Values.Keys)
        {
            var field = module.FindField(key);
            if (field is null && !IsSystemKey(key))
                result.AddError(key, Texts.T("Champ inconnu : « {0} ».", key));
        }

        foreach (var field in module.ActiveFields.Where(f => !f.ReadOnly))
        {
            if (!input.Values.TryGetValue(field.Key, out var raw))
            {
                if (partial) continue;
                raw = new RawValue(field.DefaultValue, null);
            }
            var parsed = await ParseAsync(current is null ? field : KeepingHeldValues(field, current), raw, checker, ct);
            if (parsed.IsValid) result.Values[field.Key] = parsed.Value;
            else result.AddError(field.Key, parsed.Error!);
        }

        if (result.IsValid) module.Derive?.Invoke(result.Values);
        return result;
    }

    private static async Task<FieldResult> ParseAsync(FieldDefinition field, RawValue raw, IReferenceChecker checker, CancellationToken ct)
    {
        if (raw.IsEmpty)
        {
            return field.Mandatory && field.Type.EmptyValue is null
                ? FieldResult.Fail(Texts.T("« {0} » est obligatoire.", field.Label))
                : FieldResult.Ok(field.Type.EmptyValue);
        }
        if (field.Type.HasLength && field.MaxLength is int max && raw.AsText is { } text && text.Length > max)
            return FieldResult.Fail(Texts.T("« {0} » ne doit pas dépasser {1} caractères ({2} saisis).", field.Label, max, text.Length));

        var parsed = raw.Json is { } json ? field.Type.ParseJson(field, json) : field.Type.Parse(field, raw.Text!.Trim());
        if (!parsed.IsValid || parsed.Value is null) return parsed;
        if (field.Mandatory && parsed.Value is false)
            return FieldResult.Fail(Texts.T("« {0} » est obligatoire.", field.Label));
        return await field.Type.CheckAsync(field, parsed.Value, checker, ct);
    }

    /// <summary>
    /// A retired picklist value is no longer offered, but a record that holds it keeps it until the user
    /// changes it: saving the edit form as shown must not be refused for a value nobody touched.
    /// </summary>
    private static FieldDefinition KeepingHeldValues(FieldDefinition field, object record)
    {
        if (field.Type is not (PicklistFieldType or MultiPicklistFieldType) || !field.PicklistValues.Any(v => v.Retired)) return field;
        var held = FieldAccess.Get(record, field) switch
        {
            string code => [code],
            IEnumerable<string> codes => codes.ToHashSet(StringComparer.Ordinal),
            _ => new HashSet<string>(StringComparer.Ordinal),
        };
        return held.Count == 0 ? field : field with
        {
            PicklistValues = field.PicklistValues.Select(v => v.Retired && held.Contains(v.Code) ? v with { Retired = false } : v).ToList(),
        };
    }

    /// <summary>Keys every record has but nobody types: accepted and ignored so a client can send back what it read.</summary>
    public static bool IsSystemKey(string key) => key is "id" or "number" or "createdAt" or "updatedAt" or "version";
}
