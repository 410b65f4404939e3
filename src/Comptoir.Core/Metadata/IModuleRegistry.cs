namespace Comptoir.Core.Metadata;

/// <summary>
/// The field registry. Read on every request, so that a layout change made by an
/// administrator takes effect on the next one.
/// </summary>
public interface IModuleRegistry
{
    IReadOnlyList<ModuleDefinition> Modules { get; }
    ModuleDefinition? Find(string name);
    ModuleDefinition Get(string name) =>
        Find(name) ?? throw new KeyNotFoundException($"Unknown module '{name}'.");
}

/// <summary>The built-in definitions; the layout manager will layer stored changes over them.</summary>
public sealed class ModuleRegistry(IEnumerable<ModuleDefinition> modules) : IModuleRegistry
{
    private readonly IReadOnlyList<ModuleDefinition> _modules = modules.ToList();
    public IReadOnlyList<ModuleDefinition> Modules => _modules;
    public ModuleDefinition? Find(string name) =>
        _modules.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
