using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.RecycleBin;

/// <summary>Texts of the recycle bin (« Corbeille ») and of deleting with a choice; French is the key, English in RecycleBinText.en.resx.</summary>
public sealed class RecycleBinText
{
    private static readonly ResourceManager Resources = new(typeof(RecycleBinText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;

    public static string T(string french, params object?[] args) =>
        string.Format(CultureInfo.CurrentUICulture, T(french), args);
}
