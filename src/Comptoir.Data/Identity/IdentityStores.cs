using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Comptoir.Data.Identity;

/// <summary>Where the web host's identity and data-protection keys live: Comptoir's database.</summary>
public static class IdentityStores
{
    /// <summary>Users (AppUser) and roles in the database, through the request's context.</summary>
    public static IdentityBuilder AddComptoirStores(this IdentityBuilder builder) =>
        builder.AddEntityFrameworkStores<AppDbContext>();

    /// <summary>Keys in the database, so that every instance reads cookies and antiforgery tokens the others wrote.</summary>
    public static IDataProtectionBuilder PersistKeysToComptoirDatabase(this IDataProtectionBuilder builder) =>
        builder.PersistKeysToDbContext<AppDbContext>();
}
