namespace Comptoir.Data.Modules;

/// <summary>
/// Every module the application registered, in registration order: the one list that store lookup, names,
/// reference checks, the recycle bin's links, the built-in layouts and the API's routes iterate.
/// </summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleRegistration> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Type, ModuleRegistration> _byRecord = [];

    public ModuleCatalog(IEnumerable<ModuleRegistration> registrations)
    {
        Modules = registrations.ToList();
        foreach (var module in Modules)
            if (!_byName.TryAdd(module.Name, module))
                throw new InvalidOperationException($"Module '{module.Name}' is registered twice.");
        foreach (var module in Modules) Check(module);
        foreach (var module in Modules) _byRecord.TryAdd(module.RecordType, module);
    }

    public IReadOnlyList<ModuleRegistration> Modules { get; }

    /// <summary>The built-in definitions, which the layout registry lays the stored layouts over.</summary>
    public IReadOnlyList<ModuleDefinition> Definitions => Modules.Select(m => m.Definition).ToList();

    /// <summary>The module whose records are of <paramref name="recordType"/>, or null.</summary>
    public ModuleRegistration? ForRecord(Type recordType) => _byRecord.GetValueOrDefault(recordType);

    public ModuleRegistration? Find(string? name) => name is not null && _byName.TryGetValue(name, out var module) ? module : null;

    /// <summary>The column reference fields of every module that point at <paramref name="module"/>: what its deletion cuts.</summary>
    public IEnumerable<(ModuleRegistration From, FieldDefinition Field)> ReferencesTo(string module) =>
        Modules.SelectMany(m => m.ReferenceFields.Where(f => string.Equals(f.ReferenceModule, module, StringComparison.OrdinalIgnoreCase))
            .Select(f => (m, f)));

    /// <summary>A registration that contradicts itself fails at start-up rather than on the first request that uses it.</summary>
    private void Check(ModuleRegistration module)
    {
        if (module.Definition.RecordType != module.RecordType)
            throw new InvalidOperationException($"Module '{module.Name}': its definition's record type {module.Definition.RecordType.Name} is not {module.RecordType.Name}.");
        foreach (var option in module.Options.DeleteWith)
        {
            var target = Find(option.Module)
                ?? throw new InvalidOperationException($"Module '{module.Name}': delete option '{option.Parameter}' names module '{option.Module}', which is not registered.");
            if (!target.GoesToBin || !module.GoesToBin)
                throw new InvalidOperationException($"Module '{module.Name}': delete option '{option.Parameter}' needs both modules to go to the recycle bin.");
            if (!target.ReferenceFields.Any(f => f.Key == option.Field && string.Equals(f.ReferenceModule, module.Name, StringComparison.OrdinalIgnoreCase)))
                throw new InvalidOperationException($"Module '{module.Name}': '{option.Module}.{option.Field}' is not a reference to it.");
        }
    }
}
