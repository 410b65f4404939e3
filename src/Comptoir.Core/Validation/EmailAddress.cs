namespace Comptoir.Core.Validation;

/// <summary>
/// Pragmatic e-mail check: catches typos users actually make, not a full RFC 5322 parser
/// (quoted local parts, IP-literal domains and comments are refused on purpose).
/// </summary>
public static class EmailAddress
{
    private const int MaxLength = 254;     // RFC 5321 path limit minus the angle brackets
    private const int MaxLocalLength = 64; // RFC 5321

    public static bool IsValid(string input)
    {
        if (input is null)
        {
            return false;
        }

        var s = input.AsSpan().Trim();
        if (s.Length > MaxLength)
        {
            return false;
        }

        var at = s.IndexOf('@');
        if (at <= 0 || s.LastIndexOf('@') != at)
        {
            return false;
        }

        var local = s[..at];
        var domain = s[(at + 1)..];
        return IsValidLocalPart(local) && DomainName.IsValid(domain);
    }

    /// <summary>Trim and lower-case (invariant) so that the same mailbox is stored once; used as a dedup key.</summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return input.Trim().ToLowerInvariant();
    }

    private static bool IsValidLocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length > MaxLocalLength || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in local)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
