using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Pricing;

/// <summary>Texts of the prices API, the « Simuler un prix » panel and the lines editor; PricesText.en.resx translates.</summary>
public sealed class PricesText
{
    private static readonly ResourceManager Resources = new(typeof(PricesText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
