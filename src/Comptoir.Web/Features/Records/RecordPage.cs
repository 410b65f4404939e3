using Comptoir.Core.Accounting;
using Comptoir.Core.Pricing;
using Comptoir.Core.Records;
using Comptoir.Core.Security;
using Comptoir.Data.Records;
using Comptoir.Web.Features.Shared.Records;
using Comptoir.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Comptoir.Web.Features.Records;

/// <summary>
/// What the generic pages share: the module named in the URL (the route only lets through modules that
/// have pages), its store, and the texts that change with the module (« Ajouter un produit »…).
/// </summary>
public abstract class RecordPage(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t) : PageModel
{
    [FromRoute(Name = "module")] public string ModuleName { get; set; } = "";

    protected IRecordStore Store { get; private set; } = null!;
    protected CurrentUser Current { get; } = current;
    protected RecordNames Names { get; } = names;
    protected IStringLocalizer<RecordsText> T { get; } = t;
    protected RecordStores Stores { get; } = services.GetRequiredService<RecordStores>();

    public Core.Metadata.ModuleDefinition Module => Store.Module;
    public string BaseUrl => "/" + Module.Name;

    /// <summary>Pages whose form edits price lines load the pricing helper's script.</summary>
    public bool NeedsPriceLinesScript => Module.ActiveFields.Any(f => f.Type.Editor == "PriceLines");

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var store = Stores.For(ModuleName);
        if (store is null)
        {
            context.Result = NotFound();
            return;
        }
        Store = store;
        await next();
    }

    protected Task<UserContext> UserAsync(CancellationToken ct) => Current.RequireAsync(ct);

    protected async Task<RecordView> ViewOfAsync(IRecord record, CancellationToken ct) =>
        new(Module, record, await Names.ForAsync(Module, [record], ct));

    public string AddLabel => Module.Name switch
    {
        LedgerAccountsModule.Name => T["Ajouter un compte comptable"].Value,
        ProductsModule.Name => T["Ajouter un produit"].Value,
        PriceListsModule.Name => T["Ajouter une grille tarifaire"].Value,
        _ => T["Ajouter"].Value,
    };

    public string EmptyLabel => Module.Name switch
    {
        LedgerAccountsModule.Name => T["Aucun compte comptable"].Value,
        ProductsModule.Name => T["Aucun produit"].Value,
        PriceListsModule.Name => T["Aucune grille tarifaire"].Value,
        _ => T["Aucun enregistrement"].Value,
    };

    public string SearchHint => Module.Name switch
    {
        LedgerAccountsModule.Name => T["Code ou libellé"].Value,
        ProductsModule.Name => T["Référence ou nom"].Value,
        _ => T["Nom"].Value,
    };
}
