namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>« Agencement des formulaires »: every module of the registry, each leading to its layout page.</summary>
public sealed class IndexModel(LayoutRegistry registry) : PageModel
{
    public IReadOnlyList<ModuleDefinition> Modules => registry.Modules;

    public void OnGet()
    {
    }
}
