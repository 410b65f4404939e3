namespace Comptoir.Data.Records;

/// <summary>From a module's name (a URL segment, a reference field's target, a bin entry) to its store, seen as <see cref="IRecordStore"/>.</summary>
public sealed class RecordStores(IServiceProvider services, ModuleCatalog catalog)
{
    /// <summary>The request's store of the module; null for a module nobody registered.</summary>
    public IRecordStore? For(string? module) =>
        catalog.Find(module) is { } registration ? (IRecordStore)services.GetRequiredService(registration.StoreType) : null;
}

/// <summary>What every record store needs, in one piece: a store's constructor takes it and its module's name.</summary>
public sealed record RecordStoreServices(AppDbContext Db, Core.Metadata.IModuleRegistry Registry, IWriteGate Gate,
    Settings.SettingsStore Settings, ModuleCatalog Catalog, RecordStores Stores, DatabaseOptions Options);
