namespace Comptoir.Core.Validation;

/// <summary>Luhn (mod 10) checksum, used by INSEE for SIREN and SIRET numbers.</summary>
public static class Luhn
{
    /// <summary>True when <paramref name="digits"/> is non-empty, only ASCII digits, and passes the checksum.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false; // the rightmost digit is the check digit and is never doubled
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var c = digits[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9; // same as adding the two digits of the product
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }
}
