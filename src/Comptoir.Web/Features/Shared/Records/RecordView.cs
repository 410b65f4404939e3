namespace Comptoir.Web.Features.Shared.Records;

/// <summary>A saved record as the detail view shows it: each field formatted for the reader.</summary>
public sealed class RecordView(ModuleDefinition module, IRecord record, FormatContext names)
{
    public ModuleDefinition Module { get; } = module;
    public IRecord Record { get; } = record;
    public FormatContext Names { get; } = names;

    public object? Value(FieldDefinition field) => FieldAccess.Get(Record, field);
    public string Display(FieldDefinition field) => field.Type.Format(field, Value(field), Names);
    public string Display(string key) => Module.FindField(key) is { } f ? Display(f) : "";
}
