using Comptoir.Data.Jobs;
using Comptoir.Web.Features.MassActions;

namespace Comptoir.Web.Features.Jobs;

/// <summary>
/// /jobs/{id}: a background job (a large mass action) as its progress bar, then its report; for whoever started it
/// (or an administrator). It may be left and reopened: the job runs on. jobs.js follows it through ?handler=status,
/// the API's JSON under the page's sign-in (the API itself takes tokens only).
/// </summary>
public sealed class ProgressModel(CurrentUser current, JobStore jobs, RecordStores stores) : PageModel
{
    public Job Job { get; private set; } = null!;
    public string ModuleLabel { get; private set; } = "";
    public string ListUrl => "/" + Job.Module;
    /// <summary>« Trouver les doublons »: its page shows what the run found.</summary>
    public bool FindsDuplicates => Job.Kind == Data.Duplicates.DuplicateGroupStore.JobKind;
    public string BackUrl => FindsDuplicates ? ListUrl + "/duplicates/find" : ListUrl;
    public string BackText => FindsDuplicates ? JobsText.T("Voir les doublons trouvés") : JobsText.T("Retour à la liste");
    public bool Over => Job.Status is JobStatus.Done or JobStatus.Failed;
    public double Progress => JobJson.Progress(Job);
    public IReadOnlyList<MassRefusal> Refusals { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        if (await jobs.FindAsync(user, id, ct) is not { } job) return NotFound();
        Job = job;
        ModuleLabel = stores.For(job.Module)?.Module.Label.ToString() ?? job.Module;
        Refusals = (JsonNode.Parse(job.Report) as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(r => new MassRefusal((long?)r["id"] ?? 0, (string?)r["number"], (string?)r["reason"] ?? ""))
            .ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetStatusAsync(long id, CancellationToken ct) =>
        await jobs.FindAsync(await current.RequireAsync(ct), id, ct) is { } job ? new JsonResult(JobJson.From(job)) : NotFound();

    public string Title => FindsDuplicates ? JobsText.T("Recherche de doublons dans « {0} »", ModuleLabel) : MassJob.KindOf(Job.Kind) switch
    {
        MassKind.Update => JobsText.T("Modification en masse dans « {0} »", ModuleLabel),
        MassKind.Delete => JobsText.T("Suppression en masse dans « {0} »", ModuleLabel),
        _ => JobsText.T("Opération dans « {0} »", ModuleLabel),
    };

    public string Status => Job.Status switch
    {
        JobStatus.Queued => JobsText.T("En attente"),
        JobStatus.Running => JobsText.T("En cours"),
        JobStatus.Done => JobsText.T("Terminée"),
        _ => JobsText.T("Échouée"),
    };

    /// <summary>« 1 200 sur 10 000 traités ».</summary>
    public string DoneText => JobsText.T("{0} sur {1} traités", Job.Done.ToString("N0"), Job.Total.ToString("N0"));

    /// <summary>The report's counts: « 9 998 modifiés, 2 refusés ».</summary>
    public string CountsText
    {
        get
        {
            var counts = JsonNode.Parse(Job.Counts) as JsonObject ?? [];
            if (FindsDuplicates)
            {
                var groups = (int?)counts["groups"] ?? 0;
                return groups switch
                {
                    0 => JobsText.T("Aucun doublon trouvé."),
                    1 => JobsText.T("1 groupe de doublons trouvé."),
                    _ => JobsText.T("{0} groupes de doublons trouvés.", groups.ToString("N0")),
                };
            }
            var kind = MassJob.KindOf(Job.Kind) ?? MassKind.Update;
            var done = (int?)counts[MassReport.DoneKey(kind)] ?? 0;
            var refused = (int?)counts["refused"] ?? 0;
            return MassReport.Sentence(kind, done, refused);
        }
    }
}
