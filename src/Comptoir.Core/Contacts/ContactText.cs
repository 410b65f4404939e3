namespace Comptoir.Core.Contacts;

/// <summary>Texts of the contacts domain (its rules' messages); ContactText.en.resx translates.</summary>
public sealed class ContactText : FeatureText<ContactText>;
