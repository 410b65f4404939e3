using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Teams;

/// <summary>Texts of the teams feature (pages inject IStringLocalizer&lt;TeamsText&gt;); TeamsText.en.resx translates.</summary>
public sealed class TeamsText
{
    private static readonly ResourceManager Resources = new(typeof(TeamsText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
