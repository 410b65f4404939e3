namespace Comptoir.Core.Validation;

/// <summary>SIRET: 14-digit establishment identifier = SIREN (9) + NIC (5).</summary>
public static class Siret
{
    public const int Length = 14;
    private const int SirenLength = Validation.Siren.Length;

    // La Poste registers far more establishments than the Luhn check digit allows under one SIREN,
    // so INSEE gives them a different rule: the digit sum is a multiple of 5. The head office keeps Luhn.
    private const string LaPosteSiren = "356000000";
    private const string LaPosteHeadOffice = "35600000000048";

    /// <summary>
    /// Removes spaces and no-break spaces (U+00A0, and U+202F which French formatting inserts), nothing else:
    /// dots or hyphens are left in place so that <see cref="Check"/> reports them as <see cref="SiretError.Format"/>.
    /// </summary>
    public static string Normalize(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return string.Create(CountKept(input), input, static (dest, src) =>
        {
            var j = 0;
            foreach (var c in src)
            {
                if (!IsSpace(c))
                {
                    dest[j++] = c;
                }
            }
        });
    }

    /// <summary>Validates an already normalized SIRET.</summary>
    public static SiretError Check(string normalized)
    {
        if (normalized is not { Length: Length } || normalized.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            return SiretError.Format;
        }

        // The SIREN carries its own check digit: a SIRET whose first 9 digits are not a real SIREN is wrong
        // even when the 14 digits happen to pass Luhn.
        if (!Luhn.IsValid(normalized.AsSpan(0, SirenLength)))
        {
            return SiretError.Checksum;
        }

        if (normalized.StartsWith(LaPosteSiren, StringComparison.Ordinal) && normalized != LaPosteHeadOffice)
        {
            var sum = 0;
            foreach (var c in normalized)
            {
                sum += c - '0';
            }

            return sum % 5 == 0 ? SiretError.None : SiretError.Checksum;
        }

        return Luhn.IsValid(normalized) ? SiretError.None : SiretError.Checksum;
    }

    /// <summary>The SIREN part (first 9 digits) of a normalized SIRET.</summary>
    public static string Siren(string normalizedSiret)
    {
        ArgumentNullException.ThrowIfNull(normalizedSiret);
        if (normalizedSiret.Length < SirenLength)
        {
            throw new ArgumentException("A SIRET has at least 9 characters.", nameof(normalizedSiret));
        }

        return normalizedSiret[..SirenLength];
    }

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static int CountKept(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (!IsSpace(c))
            {
                n++;
            }
        }

        return n;
    }
}
