namespace Comptoir.Core.Security;

/// <summary>Who is acting: enough to decide what they may see and change.</summary>
public sealed record UserContext(int UserId, string DisplayName, bool IsAdmin, IReadOnlyCollection<int> TeamIds);
