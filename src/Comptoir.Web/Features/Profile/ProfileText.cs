using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Profile;

/// <summary>Texts of the profile page (injected as IStringLocalizer&lt;ProfileText&gt;); ProfileText.en.resx translates.</summary>
public sealed class ProfileText
{
    private static readonly ResourceManager Resources = new(typeof(ProfileText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;
}
