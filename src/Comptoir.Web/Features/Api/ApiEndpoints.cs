using Comptoir.Data.Modules;
using Comptoir.Web.Features.Auth;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.Metadata;
using Comptoir.Web.Features.Pricing;
using Comptoir.Web.Features.Settings;
using Comptoir.Web.Features.Settings.Accounting;
using Comptoir.Web.Features.Settings.Layouts;
using Comptoir.Web.Features.Teams;
using Comptoir.Web.Features.Users;

namespace Comptoir.Web.Features.Api;

/// <summary>The REST API (/api/v1): bearer tokens only, so no cookie can be replayed cross-site against it.</summary>
public static class ApiEndpoints
{
    public static WebApplication MapComptoirApi(this WebApplication app)
    {
        TokensApi.Map(app.MapGroup("/api/v1/auth").WithTags(() => OpenApiText.T("Authentification")));

        var api = app.MapGroup("/api/v1").RequireAuthorization(WebServices.ApiPolicy);
        // Every registered module: /api/v1/{name}, tagged and named as its definition says.
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            RecordEndpoints.Map(api.MapGroup("/" + module.Name).WithTags(() => module.Definition.ApiTag.Get(CultureInfo.CurrentUICulture)), module);
        // Every module's duplicate check: /api/v1/{name}/duplicates/check (Features/Duplicates).
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            Duplicates.DuplicatesApi.Map(api.MapGroup("/" + module.Name).WithTags(() => module.Definition.ApiTag.Get(CultureInfo.CurrentUICulture)), module);
        // Every module's list as a file: /api/v1/{name}/export (Features/Export).
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            Export.ExportApi.Map(api.MapGroup("/" + module.Name).WithTags(() => module.Definition.ApiTag.Get(CultureInfo.CurrentUICulture)), module, app.Services);
        // Every module's mass actions: /api/v1/{name}/mass-update and /mass-delete (Features/MassActions), and the jobs they start.
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            MassActions.MassApi.Map(api.MapGroup("/" + module.Name).WithTags(() => module.Definition.ApiTag.Get(CultureInfo.CurrentUICulture)), module);
        // Every binned module's merge: /api/v1/{name}/merge (Features/Merge).
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            Merge.MergeApi.Map(api.MapGroup("/" + module.Name).WithTags(() => module.Definition.ApiTag.Get(CultureInfo.CurrentUICulture)), module);
        Imports.ImportsApi.Map(api.MapGroup("/imports").WithTags(() => OpenApiText.T("Imports")));
        Imports.ImportMappingsApi.Map(api.MapGroup("/imports").WithTags(() => OpenApiText.T("Imports")));
        Jobs.JobsApi.Map(api.MapGroup("/jobs").WithTags(() => OpenApiText.T("Opérations en arrière-plan")));
        RecycleBin.RecycleBinApi.Map(api.MapGroup("/recycle-bin").WithTags(() => OpenApiText.T("Corbeille")));
        PricesApi.Map(api.MapGroup("/accounts").WithTags(() => OpenApiText.T("Tarification")));
        MetadataApi.Map(api.MapGroup("/metadata").WithTags(() => OpenApiText.T("Métadonnées")));
        LayoutApi.MapMetadata(api.MapGroup("/metadata").WithTags(() => OpenApiText.T("Gestionnaire d'agencement")));
        LayoutApi.MapPicklists(api.MapGroup("/picklists").WithTags(() => OpenApiText.T("Gestionnaire d'agencement")));
        UsersApi.Map(api.MapGroup("/users").WithTags(() => OpenApiText.T("Utilisateurs")));
        TeamsApi.Map(api.MapGroup("/teams").WithTags(() => OpenApiText.T("Équipes")));
        SettingsApi.Map(api.MapGroup("/settings").WithTags(() => OpenApiText.T("Paramètres")));
        LedgerCodesApi.Map(api.MapGroup("/settings").WithTags(() => OpenApiText.T("Paramètres")));
        Search.SearchApi.Map(api.MapGroup("/search").WithTags(() => OpenApiText.T("Recherche")));
        Views.ViewsApi.Map(api.MapGroup("/views").WithTags(() => OpenApiText.T("Vues")));

        DocsEndpoints.Map(app);
        return app;
    }
}
