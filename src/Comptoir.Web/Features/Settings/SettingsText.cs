using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Settings;

/// <summary>Texts of the settings feature (pages inject IStringLocalizer&lt;SettingsText&gt;); SettingsText.en.resx translates.</summary>
public sealed class SettingsText
{
    private static readonly ResourceManager Resources = new(typeof(SettingsText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;
}
