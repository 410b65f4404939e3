using System.Globalization;
using System.Resources;

namespace Comptoir.Core.Localization;

/// <summary>
/// Messages of the domain (validation errors…). The French sentence is the key, as with
/// IStringLocalizer: French needs no lookup, English comes from Resources/Texts.en.resx.
/// </summary>
public static class Texts
{
    private static readonly ResourceManager Resources =
        new("Comptoir.Core.Resources.Texts", typeof(Texts).Assembly);

    public static string T(string french) =>
        Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
