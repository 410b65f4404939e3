using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Infrastructure;

/// <summary>
/// Texts shared across features (layout, menu, API errors). The French sentence is the key,
/// as with IStringLocalizer (views inject IStringLocalizer&lt;SharedText&gt;); SharedText.en.resx translates.
/// </summary>
public sealed class SharedText
{
    private static readonly ResourceManager Resources = new(typeof(SharedText));

    public static string T(string french) =>
        Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
