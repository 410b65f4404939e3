using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Comptoir.Data.Setup;

/// <summary>
/// Migrates the database and creates the administrator on first start. Migrating at start-up is a
/// choice for a self-hosted product (one command to run it), not a habit for every deployment.
/// </summary>
public static class DatabaseSetup
{
    public const string AdminUserName = "admin";

    /// <param name="adminPassword">The administrator's first password (Comptoir:AdminPassword or COMPTOIR_ADMIN_PASSWORD); null: generated and printed once.</param>
    public static async Task InitialiseAsync(IServiceProvider services, string? adminPassword, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Comptoir.Setup");
        await db.Database.MigrateAsync(ct);
        await Search.SearchIndexBuild.EnsureAsync(db, scope.ServiceProvider.GetRequiredService<ModuleCatalog>(), logger, ct);

        if (await db.Users.AnyAsync(ct)) return;
        var password = adminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var admin = new AppUser
        {
            UserName = AdminUserName, DisplayName = "Administrateur", Email = "admin@localhost",
            IsAdmin = true, IsActive = true, CreatedAt = DateTime.UtcNow, LockoutEnabled = true,
        };
        var result = await users.CreateAsync(admin, password!);
        if (!result.Succeeded)
            throw new InvalidOperationException("Cannot create the administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));

        if (generated)
        {
            // Printed once, on the console only: the password is not stored anywhere in clear.
            Console.WriteLine();
            Console.WriteLine("=== Comptoir: compte administrateur créé ===");
            Console.WriteLine($"    identifiant : {AdminUserName}");
            Console.WriteLine($"    mot de passe : {password}");
            Console.WriteLine("    (changez-le dans « Mon profil » ; il ne sera plus affiché)");
            Console.WriteLine();
        }
        else logger.LogInformation("Administrator '{User}' created with the configured password.", AdminUserName);
    }
}
