using Comptoir.Data.Modules;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.MassActions;

/// <summary>
/// « Supprimer » on a list: first a confirmation (how many, the recycle bin, what goes with them), and nothing is
/// deleted until it is confirmed; then each record through its usual delete, refusals in the report.
/// </summary>
public sealed class MassDeleteModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : MassPage(services, current, names, t)
{
    private readonly ModuleCatalog _catalog = services.GetRequiredService<ModuleCatalog>();

    /// <summary>What the module's records may take to the bin with them (an account's contacts), each a box to tick.</summary>
    public IReadOnlyList<(DeleteWith Option, string Label)> Options => (_catalog.Find(Module.Name)?.Options.DeleteWith ?? [])
        .Select(o => (o, MassText.T("Placer aussi dans la corbeille leurs « {0} »", Stores.For(o.Module)?.Module.Label.ToString() ?? o.Module)))
        .ToList();

    public bool GoesToBin => Store.GoesToBin;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        if (!Store.MayDelete(user)) return StatusCode(StatusCodes.Status403Forbidden);
        if (await ReadSelectionAsync(user, ct) is { } back) return back;
        if (Request.Form["confirm"] != "1") return Page();

        var options = Options.Select(o => o.Option.Parameter).ToHashSet(StringComparer.Ordinal);
        var with = Request.Form["with"].Where(w => w is not null && options.Contains(w)).Select(w => w!).Distinct().ToList();
        return await RunAsync(user, Selection.Request(MassKind.Delete, null, with), ct);
    }
}
