namespace Comptoir.Core.Security;

/// <summary>
/// What an API token may do, within its user's rights: <c>read</c> (GET), <c>write</c> (any change, reading
/// included), <c>admin</c> (an administrator's operations, for an administrator's token only). Stored as
/// the scope names separated by spaces, as OAuth writes them.
/// </summary>
public static class TokenScopes
{
    public const string Read = "read";
    public const string Write = "write";
    public const string Admin = "admin";

    /// <summary>Every scope in their display order; a token made without scopes gets all of its user's rights.</summary>
    public static readonly IReadOnlyList<string> All = [Read, Write, Admin];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);

    /// <summary>The stored form: known scopes, each once, in display order; <c>write</c> brings <c>read</c> (a script that writes reads back).</summary>
    public static string Normalise(IEnumerable<string> scopes)
    {
        var set = scopes.ToHashSet(StringComparer.Ordinal);
        if (set.Contains(Write)) set.Add(Read);
        return string.Join(' ', All.Where(set.Contains));
    }

    public static IReadOnlyList<string> Parse(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool Has(string? stored, string scope) => Parse(stored).Contains(scope, StringComparer.Ordinal);
}
