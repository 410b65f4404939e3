using System.Text.RegularExpressions;

namespace Comptoir.Data.CustomFields;

public static partial class CustomFieldKinds
{
    /// <summary>
    /// « cf_ » and a slug of [a-z0-9_]: the layout manager generates keys that way, and this check is
    /// what makes it safe to write a key into SQL text (index DDL, JSON paths) as a literal.
    /// </summary>
    public static bool IsSafeKey(string key) => SafeKey().IsMatch(key);

    public static string RequireSafeKey(string key) =>
        IsSafeKey(key) ? key : throw new ArgumentException($"'{key}' is not a custom field key (cf_ followed by a-z, 0-9 or _).", nameof(key));

    /// <summary>Each type says how its value sits in the document (<see cref="FieldType.StoredAs"/>).</summary>
    public static CustomValueKind KindOf(FieldType type) => type.StoredAs;

    /// <summary>The kind SQL can filter this custom field by, or None (standard fields, unsafe keys…).</summary>
    public static CustomValueKind KindOf(FieldDefinition field) =>
        field.Storage.IsCustom && IsSafeKey(field.Key) ? KindOf(field.Type) : CustomValueKind.None;

    public static bool Filterable(FieldDefinition field) => KindOf(field) != CustomValueKind.None;

    /// <summary>Text and numbers sort, with keyset paging on an expression index; these are the ones that get an index.</summary>
    public static bool Sortable(FieldDefinition field) => KindOf(field).Sorts();

    /// <summary>Worth an index: what sorts, and references (filtering by the record they point to is common).</summary>
    public static bool Indexed(FieldDefinition field) => Sortable(field) || KindOf(field) == CustomValueKind.Id;

    [GeneratedRegex("^cf_[a-z0-9_]{1,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeKey();
}
