using Comptoir.Data.Accounting;
using Comptoir.Data.Api;
using Comptoir.Data.History;
using Comptoir.Data.Layout;
using Comptoir.Data.Pricing;
using Comptoir.Data.Teams;
using Comptoir.Data.Users;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Comptoir.Data;

/// <summary>
/// Data's services besides the record stores, for what the web host shows and checks around the records:
/// users, teams and their sessions, API tokens and idempotency, the ledger code rule, the products the
/// pricing screens offer, history pages and the layout refresh.
/// </summary>
public static class SupportServices
{
    public static IServiceCollection AddComptoirSupportServices(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<SignedInUsers>();
        services.AddScoped<TeamDirectory>();
        services.AddScoped<ApiTokenStore>();
        services.AddScoped<IdempotencyStore>();
        services.AddScoped<LedgerCodeRules>();
        services.AddScoped<ProductChoices>();
        services.AddScoped<RecordHistoryPages>();
        services.AddScoped<LayoutRefresh>();
        // « Accueil »: recently viewed and changed records, the charts' cached counts.
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Home.RecentViewStore>();
        services.AddScoped<Home.RecentRecords>();
        // Saved views of the lists (« Vues »).
        services.AddScoped<Views.SavedViewStore>();
        services.AddSingleton<Charts.ChartCache>();
        services.AddScoped<Charts.ChartCounts>();
        return services;
    }
}
