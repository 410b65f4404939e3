namespace Comptoir.Data.Users;

/// <summary>
/// What a form or a JSON body asks to change on a user; null means "leave as is" (PATCH), and
/// "" clears Email or sets Locale back to automatic.
/// </summary>
public sealed class UserChanges
{
    public string? UserName { get; init; }
    public string? DisplayName { get; init; }
    public string? Email { get; init; }
    public string? Password { get; init; }
    public bool? IsAdmin { get; init; }
    public bool? IsActive { get; init; }
    public string? Locale { get; init; }
    public IReadOnlyList<int>? Teams { get; init; }

    /// <summary>What a user may change about themself without being an administrator.</summary>
    public bool OnlySelfService => UserName is null && Password is null && IsAdmin is null && IsActive is null && Teams is null;
}

/// <summary>A user as pages and the API show them.</summary>
public sealed record UserSummary(
    int Id, string UserName, string DisplayName, string? Email, bool IsAdmin, bool IsActive, string? Locale,
    IReadOnlyList<int> Teams, int Version);
