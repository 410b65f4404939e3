using Comptoir.Data.Duplicates;
using Comptoir.Data.Jobs;
using Comptoir.Web.Features.Records;

namespace Comptoir.Web.Features.Duplicates;

/// <summary>
/// « Trouver les doublons » (/{module}/duplicates/find): the latest finished run's groups, 50 a page, each with the records
/// the user may see and « Fusionner »; POST starts a run (a job, FindJob) and follows it on its progress page.
/// </summary>
public sealed class FindModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const int PageSize = 50;
    private readonly DuplicateGroupStore _groups = services.GetRequiredService<DuplicateGroupStore>();

    public DuplicateRun? Run { get; private set; }
    public IReadOnlyList<FoundGroup> Groups { get; private set; } = [];
    /// <summary>A search of the module still going, the user's to follow.</summary>
    public Job? Pending { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Run is null ? 1 : Math.Max(1, (Run.Groups + PageSize - 1) / PageSize);
    /// <summary>What the next run compares: « même Nom compte OU même SIRET ».</summary>
    public string CriteriaText { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        if (Module.Duplicates is null) return NotFound();
        var rule = await DuplicateRules.GetAsync(Services.GetRequiredService<Data.Settings.SettingsStore>(), Module, ct);
        CriteriaText = string.Join(" " + DuplicatesText.T("OU") + " ", DuplicateGroupFinder.CriteriaOf(Module, rule)
            .Select(c => DuplicatesText.T("même {0}", string.Join(" " + DuplicatesText.T("ET") + " ", c.Select(f => Module.FindField(f)?.Label.ToString() ?? f)))));
        if (await _groups.PendingAsync(Module.Name, ct) is { } pending && (user.IsAdmin || pending.UserId == user.UserId)) Pending = pending;
        Run = await _groups.LatestAsync(Module.Name, ct);
        if (Run is null) return Page();
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Groups = await FoundGroups.ForAsync(Store, user, await _groups.PageAtAsync(Run, (PageNumber - 1) * PageSize, PageSize, ct), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        if (Module.Duplicates is null) return NotFound();
        var job = await FindStart.StartAsync(Store, user, Services, ct);
        return Redirect("/jobs/" + job.Id.ToString(CultureInfo.InvariantCulture));
    }

    private IServiceProvider Services => HttpContext.RequestServices;

    public string FieldsText(FoundGroup group) => FoundGroups.FieldsText(Module, group.Group);

    public string PageUrl(int number) => BaseUrl + "/duplicates/find?page=" + number.ToString(CultureInfo.InvariantCulture);

    public static string When(DateTime utc) => RecycleBin.IndexModel.When(utc);
}
