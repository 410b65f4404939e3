using Microsoft.Extensions.Hosting;

namespace Comptoir.Data.Jobs;

public static class JobServices
{
    /// <summary>The queue, its store and its runner (a hosted service).</summary>
    public static IServiceCollection AddComptoirJobs(this IServiceCollection services)
    {
        services.AddSingleton<JobRunner>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<JobRunner>());
        services.AddScoped<JobStore>();
        return services;
    }

    /// <summary>A kind of job: <typeparamref name="T"/>, resolved in each batch's scope, runs its batches.</summary>
    public static IServiceCollection AddJobHandler<T>(this IServiceCollection services, string kind) where T : class, IJobHandler =>
        services.AddKeyedScoped<IJobHandler, T>(kind);
}
