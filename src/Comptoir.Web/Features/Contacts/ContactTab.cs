namespace Comptoir.Web.Features.Contacts;

/// <summary>The tabs of a contact's page; Historique comes with its issue.</summary>
public enum ContactTab { Summary, Details }
