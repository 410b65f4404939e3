namespace Comptoir.Web.Features.Accounts;

/// <summary>The tabs of an account's page; Historique comes with its issue.</summary>
public enum AccountTab { Summary, Details, Contacts }
