using System.Globalization;
using System.Resources;

namespace Comptoir.Web.Features.Contacts;

/// <summary>Texts of the contact pages and of the account's « Contacts » tab: IStringLocalizer&lt;ContactsText&gt; or T(); ContactsText.en.resx translates.</summary>
public sealed class ContactsText
{
    private static readonly ResourceManager Resources = new(typeof(ContactsText));

    /// <summary>For the one place without a localizer at hand (the menu in the layout).</summary>
    public static string T(string french) => Resources.GetString(french, CultureInfo.CurrentUICulture) ?? french;
}
