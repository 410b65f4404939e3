using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Comptoir.Data.Modules;

/// <summary>
/// Carries into the EF model the entities of modules whose registration maps its own (<see cref="ModuleOptions.Model"/>):
/// an options extension, so that a model with them and one without are two models that EF builds and caches apart
/// (one process may hold both: the tests do).
/// </summary>
internal sealed class ModuleModels(IReadOnlyList<ModuleRegistration> modules) : IDbContextOptionsExtension
{
    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    private string Key { get; } = string.Join(",", modules.Select(m => m.Name));

    /// <summary>Adds the extension when some registration maps its own entity; the standard modules' model stays untouched otherwise.</summary>
    public static void Use(DbContextOptionsBuilder options, ModuleCatalog catalog)
    {
        var own = catalog.Modules.Where(m => m.Options.Model is not null).ToList();
        if (own.Count == 0) return;
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ModuleModels(own));
        // Comptoir's migrations know nothing of those tables: the module creates its own (see ModuleOptions.Model).
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// Maps each module's entity as the standard ones are: custom fields in jsonb on PostgreSQL (their queries
    /// expect it), and, for a module in the recycle bin, the filter that hides deleted records unless it set one.
    /// </summary>
    public void Apply(ModelBuilder builder, DatabaseProvider provider)
    {
        foreach (var module in modules)
        {
            module.Options.Model!(builder);
            var entity = builder.Entity(module.RecordType);
            if (provider == DatabaseProvider.Postgres) entity.Property(nameof(IRecord.CustomData)).HasColumnType("jsonb");
            if (module.GoesToBin && entity.Metadata.GetDeclaredQueryFilters().Count == 0)
                entity.HasQueryFilter(HidesDeleted(module.RecordType));
        }
    }

    private static LambdaExpression HidesDeleted(Type record)
    {
        var r = Expression.Parameter(record, "r");
        var deletedAt = Expression.Property(r, nameof(ISoftDeletable.DeletedAt));
        return Expression.Lambda(
            Expression.Equal(deletedAt, Expression.Constant(null, deletedAt.Type)), r);
    }

    public void ApplyServices(IServiceCollection services) { }

    public void Validate(IDbContextOptions options) { }

    private sealed class ExtensionInfo(ModuleModels extension) : DbContextOptionsExtensionInfo(extension)
    {
        private new ModuleModels Extension => (ModuleModels)base.Extension;
        public override bool IsDatabaseProvider => false;
        public override string LogFragment => "Modules=" + Extension.Key + " ";
        public override int GetServiceProviderHashCode() => StringComparer.Ordinal.GetHashCode(Extension.Key);
        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Extension.Key == Extension.Key;
        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Comptoir:Modules"] = Extension.Key;
    }
}
