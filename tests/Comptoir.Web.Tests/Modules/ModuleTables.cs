using Comptoir.Data;
using Comptoir.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Web.Tests.Modules;

/// <summary>
/// Creates the tables of modules that no migration of Comptoir knows: what the current model has beyond the
/// migrations' snapshot, turned into SQL by the provider's own migration generator.
/// </summary>
internal static class ModuleTables
{
    public static async Task CreateAsync(TestApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot!.Model;
        if (snapshot is IMutableModel mutable) snapshot = mutable.FinalizeModel();
        snapshot = db.GetService<IModelRuntimeInitializer>().Initialize(snapshot);
        var current = db.GetService<IDesignTimeModel>().Model;
        var operations = db.GetService<IMigrationsModelDiffer>().GetDifferences(snapshot.GetRelationalModel(), current.GetRelationalModel());
        Assert.NotEmpty(operations);
        foreach (var command in db.GetService<IMigrationsSqlGenerator>().Generate(operations, current))
            await db.Database.ExecuteSqlRawAsync(command.CommandText);
    }
}
