using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Docs;

/// <summary>
/// Texts of the API reference (/openapi/v1.json and /docs): summaries, descriptions and tags, read
/// while the document is built for a request, so in that request's language; OpenApiText.en.resx translates.
/// </summary>
public sealed class OpenApiText
{
    private static readonly ResourceManager Resources = new(typeof(OpenApiText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
