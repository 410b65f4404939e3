using Comptoir.Core.FieldTypes;

namespace Comptoir.Core.Tests.Support;

/// <summary>An in-memory IReferenceChecker: the users, teams and records a test says exist.</summary>
public sealed class FakeReferences : IReferenceChecker
{
    public Dictionary<OwnerRef, string> Owners { get; } = new() { [new(OwnerKind.User, 1)] = "Administrateur" };
    public HashSet<(string Module, long Id)> Records { get; } = [];

    public Task<string?> OwnerNameAsync(OwnerRef owner, CancellationToken ct) =>
        Task.FromResult(Owners.TryGetValue(owner, out var name) ? name : null);

    public Task<bool> RecordExistsAsync(string module, long id, CancellationToken ct) =>
        Task.FromResult(Records.Contains((module, id)));
}
