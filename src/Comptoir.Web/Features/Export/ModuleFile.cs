namespace Comptoir.Web.Features.Export;

/// <summary>
/// A module's own file, served by /api/v1/{module}/export when no format is asked (the ledger accounts' file for
/// accounting software, Features/LedgerAccounts). Registered keyed by the module's name.
/// </summary>
public sealed record ModuleFile(Func<HttpContext, UserContext, IResult> Result, Func<string> Summary);
