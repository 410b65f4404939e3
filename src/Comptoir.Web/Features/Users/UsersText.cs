using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Users;

/// <summary>Texts of the users feature (pages inject IStringLocalizer&lt;UsersText&gt;); UsersText.en.resx translates.</summary>
public sealed class UsersText
{
    private static readonly ResourceManager Resources = new(typeof(UsersText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
