using System.Globalization;
using System.Resources;

namespace Comptoir.Core.Pricing;

/// <summary>Texts of the pricing domain (validation of lines, notices); PricingText.en.resx translates.</summary>
public sealed class PricingText
{
    private static readonly ResourceManager Resources = new(typeof(PricingText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
