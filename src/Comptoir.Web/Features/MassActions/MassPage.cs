using Comptoir.Data.Jobs;
using Comptoir.Data.Settings;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.MassActions;

/// <summary>
/// What « Modifier » and « Supprimer » on a list share: the selection the list posted, how many records it holds,
/// and the run through <see cref="MassRun"/>, the API's own path, whose report the page then shows (or whose job it follows).
/// </summary>
public abstract class MassPage(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    protected JobStore Jobs { get; } = services.GetRequiredService<JobStore>();
    private SettingsStore Settings { get; } = services.GetRequiredService<SettingsStore>();

    public MassSelection Selection { get; private set; } = new([], null);
    /// <summary>The records selected: the ticked ones, or the filter's matches up to <see cref="ListPager.MaxCount"/> + 1.</summary>
    public int Count { get; private set; }
    public bool MoreThanMax => Count > ListPager.MaxCount;
    public MassReport? Report { get; protected set; }

    /// <summary>« 12 » or « plus de 10 000 », for the page's title.</summary>
    public string CountText => MoreThanMax
        ? MassText.T("plus de {0}", ListPager.MaxCount.ToString("N0"))
        : Count.ToString("N0");

    /// <summary>
    /// Reads the selection; null when it can go on, else where to go: back to the list when nothing was ticked, or
    /// when the list's parameters no longer read (a field removed meanwhile), with a word.
    /// </summary>
    protected async Task<IActionResult?> ReadSelectionAsync(UserContext user, CancellationToken ct)
    {
        Selection = MassSelection.Read(Request.Form);
        if (Selection.IsEmpty) return BackToList(MassText.T("Cochez au moins une ligne de la liste, ou « Sélectionner les N résultats »."));
        if (Selection.Ids is { } ids)
        {
            Count = ids.Count;
            return null;
        }
        var list = MassRequest.ReadFilter(Module, Selection.Filter!, out var errors);
        if (list is null || errors.Count > 0) return BackToList(string.Join(" ", errors.SelectMany(e => e.Value)));
        Count = await Store.CountAsync(user, list, ListPager.MaxCount + 1, ct);
        if (Count == 0) return BackToList(MassText.T("Aucun enregistrement ne correspond à ce filtre."));
        return null;
    }

    private RedirectResult BackToList(string message)
    {
        TempData["Flash"] = message;
        return Redirect(BaseUrl);
    }

    /// <summary>Up to <see cref="MassRun.InRequestLimit"/> ticked records: the report on this page; more, or a filter: the job's page.</summary>
    protected async Task<IActionResult> RunAsync(UserContext user, MassRequest request, CancellationToken ct)
    {
        var outcome = await MassRun.RunAsync(Store, user, request, Jobs, Settings, ct);
        if (outcome.Job is { } job) return Redirect("/jobs/" + job.Id.ToString(CultureInfo.InvariantCulture));
        Report = outcome.Report;
        return Page();
    }
}
