using System.Globalization;
using System.Resources;

namespace Comptoir.Core.Contacts;

/// <summary>Texts of the contacts domain (its rules' messages); ContactText.en.resx translates.</summary>
public sealed class ContactText
{
    private static readonly ResourceManager Resources = new(typeof(ContactText));

    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;
}
