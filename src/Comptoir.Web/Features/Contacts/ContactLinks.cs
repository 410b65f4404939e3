namespace Comptoir.Web.Features.Contacts;

/// <summary>
/// mailto: and tel: links. Values are percent-encoded (Razor only HTML-encodes attributes), keeping the
/// characters those schemes read as-is: '@' in an address, '+' of an E.164 number.
/// </summary>
public static class ContactLinks
{
    public static string Mailto(string email) =>
        "mailto:" + Uri.EscapeDataString(email).Replace("%40", "@", StringComparison.Ordinal);

    public static string Tel(string phone) =>
        "tel:" + Uri.EscapeDataString(phone).Replace("%2B", "+", StringComparison.Ordinal);
}
