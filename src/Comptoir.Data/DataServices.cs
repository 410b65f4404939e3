using Comptoir.Core.Contacts;
using Comptoir.Core.Pricing;
using Comptoir.Data.Accounting;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Layout;
using Comptoir.Data.Pricing;
using Comptoir.Data.Jobs;

namespace Comptoir.Data;

public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string SqliteSynchronous = "FULL")
{
    /// <summary>Records in a search word's range from which a list walks its own order rather than sort them (Search/SearchMatch).</summary>
    public int SearchWalkFrom { get; init; } = Search.SearchMatch.DefaultWalkFrom;
}

public static class DataServices
{
    public static IServiceCollection AddComptoirData(this IServiceCollection services, DatabaseOptions options)
    {
        // Contexts are pooled: building one (its options and internal services) cost ~5 % of a create's CPU,
        // and every request uses one. A context going back to the pool is reset, its settings included.
        // Its options are built on first use, once every module is registered (a module may map its own entity).
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var pragmas = new SqlitePragmas(options.SqliteSynchronous);
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) =>
                ModuleModels.Use(o.UseSqlite(options.ConnectionString).AddInterceptors(pragmas), sp.GetRequiredService<ModuleCatalog>()));
            services.AddSingleton<IWriteGate, SqliteWriteGate>();
        }
        else
        {
            // Comptoir leaves no session state on a connection (no SET or temporary table): a connection going
            // back to the pool needs no DISCARD ALL, which PostgreSQL ran before every query. Kept, the
            // connection also keeps its prepared statements: the ones a request runs every time (token,
            // inserts of a create…) are prepared once instead of parsed and planned each time.
            var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString)
                { NoResetOnClose = true, MaxAutoPrepare = 32 }.ConnectionString;
            services.AddDbContextPool<AppDbContext, NpgsqlAppDbContext>((sp, o) =>
                ModuleModels.Use(o.UseNpgsql(connectionString), sp.GetRequiredService<ModuleCatalog>()));
            services.AddSingleton<IWriteGate, NoWriteGate>();
        }

        services.AddSingleton(options);

        // The modules, each registered once (see Modules/ModuleServices); the catalog lists them for whatever iterates modules.
        services.AddComptoirModule<Account, AccountStore>(AccountsModule.Create, new ModuleOptions { DeleteWith = [AccountDeletion.Contacts] });
        services.AddComptoirModule<Contact, ContactStore>(ContactsModule.Create);
        services.AddComptoirModule<LedgerAccount, LedgerAccountStore>(LedgerAccountsModule.Create);
        services.AddComptoirModule<Product, ProductStore>(ProductsModule.Create);
        services.AddComptoirModule<PriceList, PriceListStore>(PriceListsModule.Create);
        services.AddSingleton(sp => new ModuleCatalog(sp.GetServices<ModuleRegistration>()));
        services.AddScoped<RecordStores>();
        services.AddScoped<RecordStoreServices>();
        services.AddScoped<RecordNames>();

        services.AddSingleton(sp => new LayoutRegistry(sp.GetRequiredService<ModuleCatalog>().Definitions));
        services.AddSingleton<IModuleRegistry>(sp => sp.GetRequiredService<LayoutRegistry>());
        services.AddScoped<LayoutStore>();
        services.AddScoped<RecycleBin.RecycleBinStore>();
        services.AddScoped<SettingsStore>();
        services.AddScoped<Imports.ImportStore>();
        services.AddScoped<Imports.SavedMappings>();
        services.AddScoped<Duplicates.DuplicateGroupStore>();
        services.AddSingleton<LedgerCodeHints>();
        services.AddScoped<PriceQuotes>();
        services.AddComptoirSupportServices();
        services.AddComptoirJobs();
        return services;
    }
}
