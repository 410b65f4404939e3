namespace Comptoir.Web.Features.Records;

/// <summary>The record pages' services: the {module:module} route constraint and the modules' extensions.</summary>
public static class RecordPagesServices
{
    public static IServiceCollection AddRecordPages(this IServiceCollection services)
    {
        services.Configure<RouteOptions>(o => o.ConstraintMap[ModuleRouteConstraint.Name] = typeof(ModuleRouteConstraint));
        return services;
    }

    /// <summary>Plugs <typeparamref name="T"/> into the record pages of <paramref name="module"/> (as a page extension, a form extension, or both).</summary>
    public static IServiceCollection AddRecordPageExtension<T>(this IServiceCollection services, string module) where T : class
    {
        services.AddKeyedScoped<T>(module);
        if (typeof(IRecordPageExtension).IsAssignableFrom(typeof(T)))
            services.AddKeyedScoped<IRecordPageExtension>(module, (sp, key) => (IRecordPageExtension)sp.GetRequiredKeyedService<T>(key));
        if (typeof(IRecordFormExtension).IsAssignableFrom(typeof(T)))
            services.AddKeyedScoped<IRecordFormExtension>(module, (sp, key) => (IRecordFormExtension)sp.GetRequiredKeyedService<T>(key));
        return services;
    }
}
