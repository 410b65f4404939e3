namespace Comptoir.Data.CustomFields;

/// <summary>
/// The SQL that reads a custom field out of the JSON document, written once per database. The
/// queries (through <see cref="CustomFieldFunctions"/>) and the expression indexes
/// (<see cref="CustomFieldIndexes"/>) must say exactly the same thing: SQLite only uses an
/// expression index when the query's expression is the same, token for token.
/// </summary>
public static class CustomFieldSql
{
    /// <summary>What an empty number reads as: below every value, so empties sort first as "" does for text.</summary>
    public const string EmptyNumber = "-1e300";
    public const double EmptyNumberValue = -1e300;

    public const string Column = "CustomData";

    /// <summary>SQLite's JSON path of a key; keys are checked safe, so it is written as a literal.</summary>
    public static string SqlitePath(string key) => "$." + CustomFieldKinds.RequireSafeKey(key);

    /// <summary>The value expression over the record's JSON column (quoted identifier), as its index holds it.</summary>
    public static string Expression(DatabaseProvider provider, CustomValueKind kind, string key)
    {
        CustomFieldKinds.RequireSafeKey(key);
        var column = $"\"{Column}\"";
        return (provider, kind) switch
        {
            (DatabaseProvider.Sqlite, CustomValueKind.Text) => $"COALESCE(json_extract({column}, '{SqlitePath(key)}'), '')",
            (DatabaseProvider.Sqlite, CustomValueKind.Number or CustomValueKind.Id) => $"COALESCE(json_extract({column}, '{SqlitePath(key)}'), {EmptyNumber})",
            // Byte order ("C"), like the other keyset text columns on PostgreSQL (NameKey…).
            (DatabaseProvider.Postgres, CustomValueKind.Text) => $"(COALESCE(jsonb_extract_path_text({column}, '{key}'), '') COLLATE \"C\")",
            (DatabaseProvider.Postgres, CustomValueKind.Number or CustomValueKind.Id) =>
                $"COALESCE(CAST(jsonb_extract_path_text({column}, '{key}') AS double precision), {EmptyNumber})",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No index expression for this kind of custom field."),
        };
    }
}
