using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Api;

/// <summary>Texts of the REST API (problem titles and details); ApiText.en.resx translates.</summary>
public sealed class ApiText
{
    private static readonly ResourceManager Resources = new(typeof(ApiText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
