namespace Comptoir.Data.Settings;

/// <summary>An application setting kept in the database, so every server instance sees the same.</summary>
public sealed class Setting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
