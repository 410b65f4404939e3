namespace Comptoir.Core.FieldTypes;

/// <summary>
/// What formatting needs beyond the value: the culture, and the names of referenced records
/// (users, teams, accounts), loaded in batch by the caller so that formatting stays synchronous.
/// </summary>
public sealed class FormatContext(CultureInfo culture, Func<string, long, string?>? nameOf = null)
{
    public CultureInfo Culture { get; } = culture;
    public string? NameOf(string module, long id) => nameOf?.Invoke(module, id);
    public static FormatContext Current => new(CultureInfo.CurrentUICulture);
}
