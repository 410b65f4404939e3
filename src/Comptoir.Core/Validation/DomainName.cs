namespace Comptoir.Core.Validation;

/// <summary>Shared host-name rules for e-mail domains and website hosts.</summary>
internal static class DomainName
{
    private const int MaxLabelLength = 63; // DNS limit

    /// <summary>
    /// At least two labels; each label non-empty (so no leading, trailing or doubled dot), letters (IDN allowed),
    /// digits or hyphens, not starting/ending with a hyphen; the TLD is 2+ letters (so bare IP addresses are refused).
    /// </summary>
    public static bool IsValid(ReadOnlySpan<char> host)
    {
        var labelCount = 0;
        ReadOnlySpan<char> last = default;
        foreach (var range in host.Split('.'))
        {
            var label = host[range];
            if (!IsValidLabel(label))
            {
                return false;
            }

            labelCount++;
            last = label;
        }

        return labelCount >= 2 && last.Length >= 2 && AllLetters(last);
    }

    private static bool IsValidLabel(ReadOnlySpan<char> label)
    {
        if (label.IsEmpty || label.Length > MaxLabelLength || label[0] == '-' || label[^1] == '-')
        {
            return false;
        }

        foreach (var c in label)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || (c > 127 && char.IsLetterOrDigit(c))))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLetters(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
