using System.Globalization;
using System.Resources;

namespace Comptoir.Data.Teams;

/// <summary>Messages of the teams directory (validation, refusals); TeamDirectoryText.en.resx translates.</summary>
public static class TeamDirectoryText
{
    private static readonly ResourceManager Resources = new(typeof(TeamDirectoryText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
