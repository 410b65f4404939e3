namespace Comptoir.Tests.Shared;

/// <summary>
/// The expected VAT number, computed independently of the application's code (docs: DESIGN §4):
/// key = (12 + 3 × (SIREN mod 97)) mod 97. Linked into the web and browser test projects.
/// </summary>
public static class ExpectedVat
{
    public static string FromSiren(string siren) =>
        $"FR{(12 + 3 * (long.Parse(siren, System.Globalization.CultureInfo.InvariantCulture) % 97)) % 97:00}{siren}";
}
