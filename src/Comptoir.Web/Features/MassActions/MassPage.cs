using Comptoir.Data.Jobs;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.MassActions;

/// <summary>
/// What « Modifier » and « Supprimer » on a list share: the ticked ids the list posted (name="ids"), and the run
/// through <see cref="MassRun"/>, the API's own path, whose report the page then shows.
/// </summary>
public abstract class MassPage(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    protected JobStore Jobs { get; } = services.GetRequiredService<JobStore>();

    /// <summary>The ticked ids, in order, each once; junk is dropped (the list only posts numbers).</summary>
    public IReadOnlyList<long> Ids { get; private set; } = [];
    public MassReport? Report { get; protected set; }
    /// <summary>More than <see cref="MassRun.InRequestLimit"/> ids: the job that runs them.</summary>
    public Job? Job { get; protected set; }

    protected void ReadIds() => Ids = Request.Form["ids"]
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
        .Where(id => id > 0).Distinct().Order().Take(MassRequest.MaxIds).ToList();

    /// <summary>Nothing ticked: back to the list with a word, rather than an empty form.</summary>
    protected IActionResult NothingTicked()
    {
        TempData["Flash"] = MassText.T("Cochez au moins une ligne de la liste.");
        return Redirect(BaseUrl);
    }

    protected async Task<IActionResult> RunAsync(UserContext user, MassRequest request, CancellationToken ct)
    {
        var outcome = await MassRun.RunAsync(Store, user, request, Jobs, ct);
        if (outcome.Job is { } job) return Redirect($"/jobs/{job.Id}");
        Report = outcome.Report;
        return Page();
    }
}
