using Comptoir.Data.Modules;
using Comptoir.Data.RecycleBin;

namespace Comptoir.Web.Features.RecycleBin;

/// <summary>How the bin's pages and API reach the stores of the registered modules whose records go to the bin (see ModuleRegistration.GoesToBin).</summary>
public static class RecycleBinModules
{
    /// <summary>The module's store when its records go to the bin; null otherwise, or for a module nobody registered.</summary>
    public static IRecordStore? Store(IServiceProvider services, string module) =>
        services.GetRequiredService<ModuleCatalog>().Find(module) is { GoesToBin: true }
            ? services.GetRequiredService<RecordStores>().For(module)
            : null;

    public static Task<SaveStatus> RestoreAsync(IServiceProvider services, string module, UserContext user, long id, CancellationToken ct) =>
        Store(services, module)?.RestoreAsync(user, id, ct) ?? Task.FromResult(SaveStatus.NotFound);

    /// <summary>The bin's store, built from the request's services (it needs nothing of its own).</summary>
    public static RecycleBinStore Bin(IServiceProvider services) => services.GetRequiredService<RecycleBinStore>();

    /// <summary>The link to a record, once restored: its module's page of it.</summary>
    public static string Url(string module, long id) => $"/{module}/{id}";
}
