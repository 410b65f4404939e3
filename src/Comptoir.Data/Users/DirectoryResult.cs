using Comptoir.Core.Validation;

namespace Comptoir.Data.Users;

public enum DirectoryStatus { Saved, Invalid, NotFound, VersionMismatch, Conflict }

/// <summary>What a change to a user or a team came to: saved, or why not.</summary>
public sealed record DirectoryResult<T>(DirectoryStatus Status, T? Value = default, FieldErrors? Errors = null, string? Message = null);
