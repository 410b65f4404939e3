namespace Comptoir.Core.Pricing;

/// <summary>Reads a quantity typed in a form or passed in a query string: a whole number of units, 0 to a billion.</summary>
public static class Quantities
{
    public static (long? Value, string? Error) Parse(string? text, string label)
    {
        var cleaned = (text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
        if (cleaned.Length == 0) return (null, PricingText.T("« {0} » est obligatoire.", label));
        if (!cleaned.All(char.IsAsciiDigit))
            return (null, PricingText.T("« {0} » doit être un nombre entier de 0 à {1}.", label, MaxText));
        // Compared as text first: 30 digits would overflow a long before reaching the limit.
        if (cleaned.TrimStart('0').Length > 10 || long.Parse(cleaned, CultureInfo.InvariantCulture) > PriceCalculator.MaxQuantity)
            return (null, PricingText.T("« {0} » ne peut pas dépasser {1} : vérifiez la saisie.", label, MaxText));
        var value = long.Parse(cleaned, CultureInfo.InvariantCulture);
        return (value, null);
    }

    private static string MaxText => PriceCalculator.MaxQuantity.ToString("N0", CultureInfo.CurrentCulture);
}
