using System.Text.RegularExpressions;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Metadata;

namespace Comptoir.Data.CustomFields;

/// <summary>How SQL reads a custom field's value out of the record's JSON document.</summary>
public enum CustomValueKind
{
    /// <summary>Neither filtered nor sorted in SQL (multiple choice, owner).</summary>
    None,
    /// <summary>A JSON string compared byte by byte, "" when empty: text, picklist code, ISO date/time.</summary>
    Text,
    /// <summary>A JSON number read as double precision, <see cref="CustomFieldSql.EmptyNumber"/> when empty.</summary>
    Number,
    /// <summary>A JSON boolean, false when empty: filtered, never sorted.</summary>
    Flag,
    /// <summary>A record id: filtered (equality), not sorted (ids mean nothing in order).</summary>
    Id,
}

public static partial class CustomFieldKinds
{
    /// <summary>
    /// « cf_ » and a slug of [a-z0-9_]: the layout manager generates keys that way, and this check is
    /// what makes it safe to write a key into SQL text (index DDL, JSON paths) as a literal.
    /// </summary>
    public static bool IsSafeKey(string key) => SafeKey().IsMatch(key);

    public static string RequireSafeKey(string key) =>
        IsSafeKey(key) ? key : throw new ArgumentException($"'{key}' is not a custom field key (cf_ followed by a-z, 0-9 or _).", nameof(key));

    public static CustomValueKind KindOf(FieldType type) => type switch
    {
        TextFieldType or EmailFieldType or UrlFieldType or PhoneFieldType or PicklistFieldType
            or DateFieldType or DateTimeFieldType or TimeFieldType or SiretFieldType => CustomValueKind.Text,
        IntegerFieldType or DecimalFieldType => CustomValueKind.Number, // currency and percent derive from decimal
        CheckboxFieldType => CustomValueKind.Flag,
        ReferenceFieldType => CustomValueKind.Id,
        _ => CustomValueKind.None,
    };

    /// <summary>The kind SQL can filter this custom field by, or None (standard fields, unsafe keys…).</summary>
    public static CustomValueKind KindOf(FieldDefinition field) =>
        field.Storage.IsCustom && IsSafeKey(field.Key) ? KindOf(field.Type) : CustomValueKind.None;

    public static bool Filterable(FieldDefinition field) => KindOf(field) != CustomValueKind.None;

    /// <summary>Text and numbers sort, with keyset paging on an expression index; these are the ones that get an index.</summary>
    public static bool Sortable(FieldDefinition field) => KindOf(field) is CustomValueKind.Text or CustomValueKind.Number;

    /// <summary>Worth an index: what sorts, and references (filtering by the record they point to is common).</summary>
    public static bool Indexed(FieldDefinition field) => Sortable(field) || KindOf(field) == CustomValueKind.Id;

    [GeneratedRegex("^cf_[a-z0-9_]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeKey();
}
