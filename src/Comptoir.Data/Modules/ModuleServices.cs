namespace Comptoir.Data.Modules;

public static class ModuleServices
{
    /// <summary>
    /// Registers a module, once, for everything that serves modules: its store (scoped, also found by the
    /// module's name through <see cref="RecordStores"/>), its definition (the layout registry's built-in), its
    /// API (/api/v1/{name}, mapped from the <see cref="ModuleCatalog"/>), record names, reference checks and the
    /// recycle bin. What the record type implements decides the rest: <see cref="IOwnedRecord"/> an owner and
    /// the module's privacy, <see cref="ISoftDeletable"/> the recycle bin; a NumberPrefix numbering.
    /// </summary>
    /// <param name="definition">Builds the module's built-in definition (AccountsModule.Create…).</param>
    public static IServiceCollection AddComptoirModule<TRecord, TStore>(this IServiceCollection services,
        Func<ModuleDefinition> definition, ModuleOptions? options = null)
        where TRecord : class, IRecord, new()
        where TStore : RecordStore<TRecord>
    {
        services.AddScoped<TStore>();
        services.AddSingleton<ModuleRegistration>(new ModuleRegistration<TRecord>(definition(), typeof(TStore), options ?? new ModuleOptions()));
        return services;
    }
}
