namespace Comptoir.Web.Features.Contacts;

/// <summary>The tabs of a contact's page.</summary>
public enum ContactTab { Summary, Details, History }
