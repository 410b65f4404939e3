using Comptoir.Core.Accounts;
using Comptoir.Core.Records;
using Comptoir.Data;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Export;

/// <summary>Many accounts at once, straight into the database (the API would take minutes on the shared test server).</summary>
internal static class ExportSeed
{
    public static async Task AccountsAsync(TestApp app, int count)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "admin");
        var now = DateTime.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            var name = $"Compte {i:00000}";
            db.Accounts.Add(new Account
            {
                Name = name, NameKey = SearchKey.Fold(name), Number = $"CPT-{i:000000}",
                AssignedUserId = admin.Id, AssigneeName = admin.DisplayName, CreatedAt = now, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }
}
