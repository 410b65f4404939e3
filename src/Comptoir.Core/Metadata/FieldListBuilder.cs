namespace Comptoir.Core.Metadata;

/// <summary>Builds a module's built-in fields in form order; the column defaults to the key in PascalCase.</summary>
public sealed class FieldListBuilder
{
    private readonly List<FieldDefinition> _fields = [];
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    public FieldListBuilder Add(string key, string fr, string en, FieldType type, string block, string? column = null,
        int? max = null, bool mandatory = false, bool locked = false, bool readOnly = false,
        bool summary = false, int list = 0, bool quick = false, IReadOnlyList<PicklistValue>? picklist = null,
        string? reference = null, string? sortColumn = null, LocalizedText? help = null, string? defaultValue = null, bool unique = false)
    {
        _fields.Add(new FieldDefinition
        {
            Key = key, Label = new(fr, en), Type = type, Block = block, Position = _fields.Count,
            Storage = FieldStorage.InColumn(column ?? char.ToUpperInvariant(key[0]) + key[1..]),
            MaxLength = max, Mandatory = mandatory, MandatoryLocked = locked, ReadOnly = readOnly,
            Summary = summary, ListColumn = list > 0, ListPosition = list, QuickCreate = quick,
            PicklistValues = picklist ?? [], ReferenceModule = reference, SortColumn = sortColumn, HelpText = help,
            DefaultValue = defaultValue, Unique = unique,
        });
        return this;
    }
}
