namespace Comptoir.Web.Features.Records;

/// <summary>
/// <c>{module:module}</c>: a URL segment that names a module of the registry (« accounts », « price-lists »…).
/// The record pages are written once for every module the registry has, and answer no other path.
/// </summary>
public sealed class ModuleRouteConstraint(IModuleRegistry registry) : IRouteConstraint
{
    public const string Name = "module";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string name && registry.Find(name) is not null;
}
