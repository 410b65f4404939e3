namespace Comptoir.Web.Features.Shared.Records;

/// <summary>
/// What a create/edit form shows: the text of each input (as typed, so a refused save keeps
/// everything), the errors per field, and the choices some editors need.
/// </summary>
public sealed class RecordForm
{
    public required ModuleDefinition Module { get; init; }
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<string>> Errors { get; init; } = new(StringComparer.Ordinal);
    /// <summary>Formatted values of read-only fields (number, SIREN, TVA) of an existing record.</summary>
    public Dictionary<string, string> ReadOnlyValues { get; } = new(StringComparer.Ordinal);
    /// <summary>Display names of the records chosen in reference fields, keyed by field.</summary>
    public Dictionary<string, string> ReferenceNames { get; } = new(StringComparer.Ordinal);
    public EditorChoices Choices { get; set; } = EditorChoices.Empty;
    /// <summary>The record's version when the form was opened, to refuse overwriting someone else's change.</summary>
    public int? Version { get; set; }
    public long? RecordId { get; set; }
    /// <summary>Prefix of the inputs' ids: a quick-create dialog's form sits on a page that has the same fields.</summary>
    public string IdPrefix { get; set; } = "f-";
    /// <summary>A form inside a dialog: its pickers search as you type but open no dialog of their own.</summary>
    public bool Nested { get; set; }

    public string ValueOf(string key) => Values.TryGetValue(key, out var v) ? v : "";
    public IReadOnlyList<string> ErrorsOf(string key) => Errors.TryGetValue(key, out var e) ? e : [];

    /// <summary>The refused save's errors above the form, « Label : message », each linked to its field's input.</summary>
    public ErrorSummary ToErrorSummary(string? id = null)
    {
        var items = new List<ErrorSummaryItem>();
        foreach (var (key, messages) in Errors)
        {
            var field = Module.FindField(key);
            var target = field is null ? null : new FieldEditorModel(this, field).FocusId;
            items.AddRange(messages.Select(m => new ErrorSummaryItem(field is null ? m : $"{field.Label} : {m}", target)));
        }
        return new ErrorSummary(SharedText.T("L'enregistrement n'a pas été fait : corrigez les champs signalés."), items)
        {
            Id = id ?? ErrorSummary.DefaultId,
        };
    }

    /// <summary>The editable keys a posted form may carry.</summary>
    public static IEnumerable<string> EditableKeys(ModuleDefinition module) =>
        module.ActiveFields.Where(f => !f.ReadOnly).Select(f => f.Key);

    public static RecordForm Blank(ModuleDefinition module, OwnerRef currentUser)
    {
        var form = new RecordForm { Module = module };
        foreach (var field in module.ActiveFields.Where(f => !f.ReadOnly))
        {
            if (field.Type.DefaultsToCaller) form.Values[field.Key] = currentUser.ToString();
            else if (field.DefaultValue is { } text) form.Values[field.Key] = AsInputText(field, text);
        }
        return form;
    }

    /// <summary>
    /// A default as its input takes it: an administrator may have typed « 31/12/2026 » or « oui », but a
    /// date input only shows ISO and a checkbox is ticked by "true".
    /// </summary>
    private static string AsInputText(FieldDefinition field, string text)
    {
        var parsed = string.IsNullOrWhiteSpace(text) ? default : field.Type.Parse(field, text.Trim());
        return parsed.IsValid && parsed.Value is not null ? field.Type.FormText(field, parsed.Value) : text;
    }

    public static RecordForm FromRecord(ModuleDefinition module, IRecord record, FormatContext names)
    {
        var form = new RecordForm { Module = module, Version = record.Version, RecordId = record.Id };
        foreach (var field in module.ActiveFields)
        {
            var value = FieldAccess.Get(record, field);
            if (field.ReadOnly) form.ReadOnlyValues[field.Key] = field.Type.Format(field, value, names);
            else form.Values[field.Key] = field.Type.FormText(field, value);
            if (field.Type.RefersToModule && value is not null)
                form.ReferenceNames[field.Key] = field.Type.Format(field, value, names);
        }
        return form;
    }

    /// <summary>A posted form, echoed back exactly as typed.</summary>
    public static RecordForm FromPost(ModuleDefinition module, IFormCollection post)
    {
        var form = new RecordForm { Module = module };
        foreach (var field in module.ActiveFields.Where(f => !f.ReadOnly))
        {
            if (!post.TryGetValue(field.Key, out var value)) continue;
            // A multi-select posts one input per ticked value; its type parses them joined by commas.
            form.Values[field.Key] = field.Type.TakesSeveralValues
                ? string.Join(',', value.Where(v => !string.IsNullOrWhiteSpace(v)))
                : value.ToString();
        }
        foreach (var field in module.ActiveFields.Where(f => f.Type.RefersToModule))
            if (post.TryGetValue(field.Key + "__label", out var label)) form.ReferenceNames[field.Key] = label.ToString();
        return form;
    }

    public RecordInput ToInput()
    {
        var input = new RecordInput();
        foreach (var key in EditableKeys(Module)) input.Set(key, Values.TryGetValue(key, out var v) ? v : null);
        return input;
    }
}
