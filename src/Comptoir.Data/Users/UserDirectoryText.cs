using System.Globalization;
using System.Resources;

namespace Comptoir.Data.Users;

/// <summary>Messages of the users and their passwords directory (validation, refusals); UserDirectoryText.en.resx translates.</summary>
public static class UserDirectoryText
{
    private static readonly ResourceManager Resources = new(typeof(UserDirectoryText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
