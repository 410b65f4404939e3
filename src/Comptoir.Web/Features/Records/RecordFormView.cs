using Comptoir.Web.Features.Shared.Records;

namespace Comptoir.Web.Features.Records;

/// <summary>The create/edit form with its buttons; Conflict is set when someone else saved the record meanwhile.</summary>
public sealed record RecordFormView(RecordForm Form, string CancelUrl, bool Conflict = false);
