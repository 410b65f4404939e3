namespace Comptoir.Core.FieldTypes;

/// <summary>Database checks some field types need: does this user, team or record exist and may the current user use it.</summary>
public interface IReferenceChecker
{
    /// <summary>The owner's display name, or null when no such active user or team exists.</summary>
    Task<string?> OwnerNameAsync(OwnerRef owner, CancellationToken ct);
    /// <summary>True when the record exists and the current user may see it.</summary>
    Task<bool> RecordExistsAsync(string module, long id, CancellationToken ct);
}
