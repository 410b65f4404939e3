using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>Texts of the layout manager (pages and API); French is the key, English in LayoutText.en.resx.</summary>
public sealed class LayoutText
{
    private static readonly ResourceManager Resources = new(typeof(LayoutText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
