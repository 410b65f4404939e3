using Comptoir.Data.Modules;
using Comptoir.Web.Features.Auth;
using Comptoir.Web.Features.Docs;
using Comptoir.Web.Features.LedgerAccounts;
using Comptoir.Web.Features.Metadata;
using Comptoir.Web.Features.Pricing;
using Comptoir.Web.Features.Settings;
using Comptoir.Web.Features.Settings.Accounting;
using Comptoir.Web.Features.Settings.Layouts;
using Comptoir.Web.Features.Teams;
using Comptoir.Web.Features.Users;
using Comptoir.Web.Infrastructure;

namespace Comptoir.Web.Features.Api;

/// <summary>The REST API (/api/v1): bearer tokens only, so no cookie can be replayed cross-site against it.</summary>
public static class ApiEndpoints
{
    public static WebApplication MapComptoirApi(this WebApplication app)
    {
        TokensApi.Map(app.MapGroup("/api/v1/auth").WithTags("Authentification"));

        var api = app.MapGroup("/api/v1").RequireAuthorization(WebServices.ApiPolicy);
        // Every registered module: /api/v1/{name}, tagged and named as its definition says.
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
            RecordEndpoints.Map(api.MapGroup("/" + module.Name).WithTags(module.Definition.ApiTag), module);
        RecycleBin.RecycleBinApi.Map(api.MapGroup("/recycle-bin").WithTags("Corbeille"));
        PricesApi.Map(api.MapGroup("/accounts").WithTags("Tarification"));
        MetadataApi.Map(api.MapGroup("/metadata").WithTags("Métadonnées"));
        LayoutApi.MapMetadata(api.MapGroup("/metadata").WithTags("Gestionnaire d'agencement"));
        LayoutApi.MapPicklists(api.MapGroup("/picklists").WithTags("Gestionnaire d'agencement"));
        UsersApi.Map(api.MapGroup("/users").WithTags("Utilisateurs"));
        TeamsApi.Map(api.MapGroup("/teams").WithTags("Équipes"));
        SettingsApi.Map(api.MapGroup("/settings").WithTags("Paramètres"));
        LedgerAccountsApi.Map(api.MapGroup("/ledger-accounts").WithTags("Comptes comptables"));
        LedgerCodesApi.Map(api.MapGroup("/settings").WithTags("Paramètres"));

        DocsEndpoints.Map(app);
        return app;
    }
}
