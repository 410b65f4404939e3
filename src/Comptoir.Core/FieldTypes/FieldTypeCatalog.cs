namespace Comptoir.Core.FieldTypes;

/// <summary>One shared instance per type; field types hold no state.</summary>
public static class FieldTypeCatalog
{
    public static readonly TextFieldType Text = new();
    public static readonly TextAreaFieldType TextArea = new();
    public static readonly EmailFieldType Email = new();
    public static readonly UrlFieldType Url = new();
    public static readonly PhoneFieldType Phone = new();
    public static readonly SiretFieldType Siret = new();
    public static readonly IntegerFieldType Integer = new();
    public static readonly DecimalFieldType Decimal = new();
    public static readonly CurrencyFieldType Currency = new();
    public static readonly PercentFieldType Percent = new();
    public static readonly CheckboxFieldType Checkbox = new();
    public static readonly DateFieldType Date = new();
    public static readonly DateTimeFieldType DateAndTime = new();
    public static readonly TimeFieldType Time = new();
    public static readonly PicklistFieldType Picklist = new();
    public static readonly MultiPicklistFieldType MultiPicklist = new();
    public static readonly ReferenceFieldType Reference = new();
    public static readonly OwnerFieldType Owner = new();

    public static IReadOnlyList<FieldType> All { get; } =
        [Text, TextArea, Email, Url, Phone, Siret, Integer, Decimal, Currency, Percent, Checkbox, Date, DateAndTime, Time, Picklist, MultiPicklist, Reference, Owner];

    public static FieldType? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
