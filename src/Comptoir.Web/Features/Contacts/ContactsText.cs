namespace Comptoir.Web.Features.Contacts;

/// <summary>Texts of the contact pages and of the account's « Contacts » tab: IStringLocalizer&lt;ContactsText&gt; or T(); ContactsText.en.resx translates.</summary>
public sealed class ContactsText : FeatureText<ContactsText>;
