using Comptoir.Web.Features.Shared.Records;

namespace Comptoir.Web.Features.Accounts;

/// <summary>
/// The create/edit form with its buttons; Conflict is set when someone else saved the account meanwhile,
/// Sharing when the chosen ledger account is other customers' (the save waits for a confirmation).
/// </summary>
public sealed record AccountFormView(RecordForm Form, string CancelUrl, bool Conflict = false, LedgerSharingWarning? Sharing = null);
