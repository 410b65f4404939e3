using Comptoir.Web.Features.FieldTypes;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Comptoir.Web.Features.Records;

/// <summary>
/// What the record pages share: the module named in the URL (the {module:module} route lets through the
/// registry's modules), its store, its extensions, and the sentences that name it (« Ajouter un produit »…).
/// </summary>
public abstract class RecordPage(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t) : PageModel
{
    [FromRoute(Name = "module")] public string ModuleName { get; set; } = "";

    protected IRecordStore Store { get; private set; } = null!;
    protected CurrentUser Current { get; } = current;
    protected RecordNames Names { get; } = names;
    protected IStringLocalizer<RecordsText> T { get; } = t;
    protected RecordStores Stores { get; } = services.GetRequiredService<RecordStores>();

    /// <summary>The module the page serves: the URL's, unless the page belongs to one module (the accounts' own tabs).</summary>
    protected virtual string RequestedModule => ModuleName;

    public ModuleDefinition Module => Store.Module;
    public string BaseUrl => "/" + Module.Name;

    /// <summary>What the module's folder plugs into these pages.</summary>
    protected IEnumerable<IRecordPageExtension> PageExtensions => services.GetKeyedServices<IRecordPageExtension>(Module.Name);
    protected IEnumerable<IRecordFormExtension> FormExtensions => services.GetKeyedServices<IRecordFormExtension>(Module.Name);

    /// <summary>Each field type's Web part (its partials, scripts and filter).</summary>
    protected FieldTypeRegistry TypeViews { get; } = services.GetRequiredService<FieldTypeRegistry>();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var store = Stores.For(RequestedModule);
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

    /// <summary>How the record is named in headers, pickers and messages.</summary>
    protected string TitleOf(IRecord record) => RecordTitles.Name(Module, record);

    /// <summary>
    /// The module as its forms and « Détails » show it: without its title field when that one is read-only,
    /// derived on save (a contact's « Nom complet »), since it heads the page already and is never typed.
    /// </summary>
    protected ModuleDefinition Shown => Module.FindField(Module.TitleField) is { ReadOnly: true } title
        ? Module with { Fields = Module.Fields.Where(f => f.Key != title.Key).ToList() }
        : Module;

    public string AddLabel => Module.Texts.Add?.ToString() ?? T["Ajouter"].Value;

    public string EmptyLabel => Module.Texts.None?.ToString() ?? T["Aucun enregistrement"].Value;

    public string SearchHint => Module.Texts.SearchHint?.ToString() ?? T["Nom"].Value;
}
