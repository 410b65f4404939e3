namespace Comptoir.Web.Features.Accounts;

/// <summary>The tabs of an account's page.</summary>
public enum AccountTab { Summary, Details, Contacts, Hierarchy, History }
