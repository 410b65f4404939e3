namespace Comptoir.Web.Features.FieldTypes;

/// <summary>
/// Every field type the application knows with its parts: the Core type (parse, validate, format, settings, how
/// it is stored: <see cref="FieldType.StoredAs"/>) and its Web part. Built at start-up, where a type without a
/// Web part stops the application with a message that names it (<see cref="FieldTypeCheck"/>).
/// </summary>
public sealed class FieldTypeRegistry
{
    private readonly Dictionary<string, FieldTypeView> _views;

    public FieldTypeRegistry(IEnumerable<FieldTypeRegistration> types, IEnumerable<FieldTypeView> views)
    {
        Types = types.Select(t => t.Type).DistinctBy(t => t.Name).ToList();
        _views = views.GroupBy(v => v.TypeName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var missing = Types.Where(t => !_views.ContainsKey(t.Name)).Select(t => t.Name).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException(
                $"Field type « {string.Join(" », « ", missing)} » has no Web part (editor and display partials): " +
                "register one with services.AddFieldTypeView(new FieldTypeView(…)) beside the type.");
    }

    public IReadOnlyList<FieldType> Types { get; }

    public FieldTypeView ViewOf(FieldType type) =>
        _views.TryGetValue(type.Name, out var view) ? view
            : throw new InvalidOperationException($"Field type « {type.Name} » is not registered: call services.AddFieldType.");
}

/// <summary>A Core field type registered with the application (<see cref="FieldTypeServices.AddFieldType"/>).</summary>
public sealed record FieldTypeRegistration(FieldType Type);

/// <summary>
/// Builds the registry when the host starts, so that a missing part fails the start rather than a page; and
/// checks that every field of every module has a registered type.
/// </summary>
internal sealed class FieldTypeCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var registry = services.GetRequiredService<FieldTypeRegistry>();
        var unknown = services.GetRequiredService<IModuleRegistry>().Modules
            .SelectMany(m => m.Fields.Where(f => registry.Types.All(t => t.Name != f.Type.Name)).Select(f => $"{m.Name}.{f.Key} ({f.Type.Name})"))
            .ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException(
                $"These fields have a type that is not registered: {string.Join(", ", unknown)}. Register it with services.AddFieldType and its Web part.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class FieldTypeServices
{
    /// <summary>Registers a Core field type; its Web part must be registered too (<see cref="AddFieldTypeView"/>).</summary>
    public static IServiceCollection AddFieldType(this IServiceCollection services, FieldType type) =>
        services.AddSingleton(new FieldTypeRegistration(type));

    public static IServiceCollection AddFieldTypeView(this IServiceCollection services, FieldTypeView view) =>
        services.AddSingleton(view);

    /// <summary>The registry, its start-up check and every built-in type with its parts.</summary>
    public static IServiceCollection AddFieldTypes(this IServiceCollection services)
    {
        services.AddSingleton<FieldTypeRegistry>();
        services.AddHostedService<FieldTypeCheck>();
        BuiltInFieldTypes.Register(services);
        return services;
    }
}
