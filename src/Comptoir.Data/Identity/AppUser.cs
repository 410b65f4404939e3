using Microsoft.AspNetCore.Identity;

namespace Comptoir.Data.Identity;

/// <summary>A Comptoir user. Identity handles password hashing and lockout; the rest is ours.</summary>
public sealed class AppUser : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";
    public bool IsAdmin { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>"fr", "en", or null to follow the browser.</summary>
    public string? Locale { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}
