namespace Comptoir.Core.Validation;

/// <summary>SIREN: the 9-digit INSEE company identifier.</summary>
public static class Siren
{
    public const int Length = 9;

    /// <summary>Exactly 9 ASCII digits passing Luhn. No normalisation: strip spaces first (see <see cref="Siret.Normalize"/>).</summary>
    public static bool IsValid(string nineDigits) =>
        nineDigits is { Length: Length } && Luhn.IsValid(nineDigits);
}
