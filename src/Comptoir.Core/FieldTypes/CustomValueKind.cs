namespace Comptoir.Core.FieldTypes;

/// <summary>
/// How a custom field's value sits in the record's JSON document, so how SQL compares it
/// (Data/CustomFields/CustomFieldSql). Each type declares its own (<see cref="FieldType.StoredAs"/>):
/// this is the one place that says which custom fields sort, filter and get an index.
/// </summary>
public enum CustomValueKind
{
    /// <summary>Neither filtered nor sorted in SQL (multiple choice, owner).</summary>
    None,
    /// <summary>A JSON string compared byte by byte, "" when empty: text, picklist code, ISO date/time.</summary>
    Text,
    /// <summary>A JSON number read as double precision, Data's CustomFieldSql.EmptyNumber when empty.</summary>
    Number,
    /// <summary>A JSON boolean, false when empty: filtered, never sorted.</summary>
    Flag,
    /// <summary>A record id: filtered (equality), not sorted (ids mean nothing in order).</summary>
    Id,
}

public static class CustomValueKinds
{
    /// <summary>Text and numbers order in SQL, with keyset paging on an expression index.</summary>
    public static bool Sorts(this CustomValueKind kind) => kind is CustomValueKind.Text or CustomValueKind.Number;
}
