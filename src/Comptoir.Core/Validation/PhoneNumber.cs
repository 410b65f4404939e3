using PhoneNumbers;

namespace Comptoir.Core.Validation;

/// <summary>Phone numbers stored in E.164 so that search and dedup work whatever the user typed.</summary>
public static class PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Parses <paramref name="input"/> (national numbers resolved against <paramref name="defaultRegion"/>, e.g. "FR")
    /// and accepts it only if libphonenumber considers it a valid, assignable number — not merely well-formed.
    /// </summary>
    public static bool TryNormalize(string input, string defaultRegion, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        try
        {
            var number = Util.Parse(input, defaultRegion);
            if (!Util.IsValidNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>
    /// National format for numbers of <paramref name="displayRegion"/> ("01 42 68 53 00"), international for
    /// foreign ones ("+44 20 7946 0958") so the user knows to dial the prefix; unparseable input is returned as is.
    /// </summary>
    public static string FormatForDisplay(string e164, string displayRegion = "FR")
    {
        if (string.IsNullOrWhiteSpace(e164))
        {
            return e164;
        }

        try
        {
            var number = Util.Parse(e164, displayRegion);
            var region = Util.GetRegionCodeForNumber(number);
            var format = string.Equals(region, displayRegion, StringComparison.OrdinalIgnoreCase)
                ? PhoneNumberFormat.NATIONAL
                : PhoneNumberFormat.INTERNATIONAL;
            return Util.Format(number, format);
        }
        catch (NumberParseException)
        {
            return e164;
        }
    }
}
