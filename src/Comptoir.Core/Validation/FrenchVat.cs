namespace Comptoir.Core.Validation;

/// <summary>French intra-community VAT number, derived from the SIREN.</summary>
public static class FrenchVat
{
    /// <summary>
    /// "FR" + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97 on two digits: 443121975 → FR46443121975.
    /// Only the format (9 digits) is enforced; validate the SIREN checksum with <see cref="Siren.IsValid"/>.
    /// </summary>
    public static string FromSiren(string siren)
    {
        ArgumentNullException.ThrowIfNull(siren);
        if (siren.Length != Siren.Length || siren.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new ArgumentException("A SIREN is exactly 9 digits.", nameof(siren));
        }

        var key = (12 + 3 * (int.Parse(siren, CultureInfo.InvariantCulture) % 97)) % 97;
        return "FR" + key.ToString("D2", CultureInfo.InvariantCulture) + siren;
    }
}
