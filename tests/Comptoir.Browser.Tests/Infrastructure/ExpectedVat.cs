namespace Comptoir.Browser.Tests.Infrastructure;

/// <summary>The expected VAT number, computed independently of the application's code (DESIGN §4).</summary>
public static class ExpectedVat
{
    public static string FromSiren(string siren) =>
        $"FR{(12 + 3 * (long.Parse(siren) % 97)) % 97:00}{siren}";
}
