using Comptoir.Core.FieldTypes;
using Comptoir.Core.Localization;
using Comptoir.Core.Metadata;

namespace Comptoir.Core.Tests.Support;

/// <summary>Fluent FieldDefinition for tests: <c>Field.Of("email", FieldTypeCatalog.Email).Mandatory().Build()</c>.</summary>
public sealed class Field
{
    private string _key;
    private FieldType _type;
    private LocalizedText _label;
    private FieldStorage _storage = FieldStorage.Custom;
    private bool _mandatory, _readOnly, _active = true;
    private int? _maxLength, _decimals;
    private string? _default;
    private IReadOnlyList<PicklistValue> _picklist = [];
    private string? _reference;

    private Field(string key, FieldType type)
    {
        _key = key;
        _type = type;
        _label = new LocalizedText(key, key);
    }

    public static Field Of(string key, FieldType type) => new(key, type);

    public Field Label(string fr, string en) { _label = new(fr, en); return this; }
    public Field InColumn(string property) { _storage = FieldStorage.InColumn(property); return this; }
    public Field Mandatory() { _mandatory = true; return this; }
    public Field ReadOnly() { _readOnly = true; return this; }
    public Field Inactive() { _active = false; return this; }
    public Field MaxLength(int max) { _maxLength = max; return this; }
    public Field Decimals(int places) { _decimals = places; return this; }
    public Field Default(string value) { _default = value; return this; }
    public Field Picklist(params PicklistValue[] values) { _picklist = values; return this; }
    public Field References(string module) { _reference = module; return this; }

    public FieldDefinition Build() => new()
    {
        Key = _key, Label = _label, Type = _type, Block = "main", Storage = _storage,
        Mandatory = _mandatory, ReadOnly = _readOnly, Active = _active, MaxLength = _maxLength, Decimals = _decimals,
        DefaultValue = _default, PicklistValues = _picklist, ReferenceModule = _reference,
    };

    public static implicit operator FieldDefinition(Field builder) => builder.Build();
}
