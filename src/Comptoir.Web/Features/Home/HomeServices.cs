namespace Comptoir.Web.Features.Home;

/// <summary>What « Accueil » needs besides its page: the filter that notes which records each user opens.</summary>
public static class HomeServices
{
    public static IServiceCollection Register(IServiceCollection services)
    {
        services.AddScoped<RecentViewFilter>();
        services.Configure<MvcOptions>(o => o.Filters.AddService<RecentViewFilter>());
        return services;
    }
}
