using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.Pricing;
using Comptoir.Data.Accounting;
using Comptoir.Data.Pricing;
using Comptoir.Core.Metadata;
using Comptoir.Data.Accounts;
using Comptoir.Data.Layout;
using Comptoir.Data.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Comptoir.Data;

public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString, string SqliteSynchronous = "FULL");

public static class DataServices
{
    public static IServiceCollection AddComptoirData(this IServiceCollection services, DatabaseOptions options)
    {
        // Contexts are pooled: building one (its options and internal services) cost ~5 % of a create's CPU,
        // and every request uses one. A context going back to the pool is reset, its settings included.
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var pragmas = new SqlitePragmas(options.SqliteSynchronous);
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(options.ConnectionString).AddInterceptors(pragmas));
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
            services.AddDbContextPool<AppDbContext, NpgsqlAppDbContext>(o => o.UseNpgsql(connectionString));
            services.AddSingleton<IWriteGate, NoWriteGate>();
        }
        services.AddSingleton(new LayoutRegistry(
            [AccountsModule.Create(), Core.Contacts.ContactsModule.Create(), LedgerAccountsModule.Create(), ProductsModule.Create(), PriceListsModule.Create()]));
        services.AddSingleton<IModuleRegistry>(sp => sp.GetRequiredService<LayoutRegistry>());
        services.AddScoped<LayoutStore>();
        services.AddScoped<RecycleBin.RecycleBinStore>();
        services.AddScoped<SettingsStore>();
        services.AddScoped<AccountStore>();
        services.AddSingleton<LedgerCodeHints>();
        services.AddScoped<Contacts.ContactStore>();
        services.AddScoped<LedgerAccountStore>();
        services.AddScoped<ProductStore>();
        services.AddScoped<PriceListStore>();
        services.AddScoped<PriceQuotes>();
        services.AddComptoirSupportServices();
        return services;
    }
}
