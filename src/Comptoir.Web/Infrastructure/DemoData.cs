namespace Comptoir.Web.Infrastructure;

/// <summary>Realistic French demo data for a fresh database (COMPTOIR_SEED_DEMO=1 or --seed-demo).</summary>
public static class DemoData
{
    public static Task SeedAsync(IServiceProvider services) => Task.CompletedTask;
}
