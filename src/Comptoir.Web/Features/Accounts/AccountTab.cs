namespace Comptoir.Web.Features.Accounts;

/// <summary>The tabs of an account's page; Contacts and Historique come with their issues.</summary>
public enum AccountTab { Summary, Details }
