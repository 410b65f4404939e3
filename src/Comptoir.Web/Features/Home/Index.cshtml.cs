using Comptoir.Data.Charts;
using Comptoir.Data.Home;
using Comptoir.Web.Features.Charts;

namespace Comptoir.Web.Features.Home;

/// <summary>
/// « Accueil »: the records the user opened and the latest changes they may see, across modules, and the charts
/// of every module that declares some (<see cref="ModuleDefinition.ChartFields"/>, <see cref="ModuleDefinition.ChartsCreations"/>),
/// from counts cached per visibility scope (<see cref="ChartCache"/>).
/// </summary>
public sealed class IndexModel(CurrentUser current, RecentRecords recent, ChartCounts charts, RecordStores stores,
    IModuleRegistry registry, IStringLocalizer<ChartsText> chartText) : PageModel
{
    public const int Lines = 8;

    public string DisplayName { get; private set; } = "";
    public IReadOnlyList<RecentLine> Viewed { get; private set; } = [];
    public IReadOnlyList<RecentLine> Changed { get; private set; } = [];
    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await current.RequireAsync(ct);
        DisplayName = user.DisplayName;
        Viewed = (await recent.ViewedAsync(user, Lines, ct)).Select(Line).ToList();
        Changed = (await recent.ChangedAsync(user, Lines, ct)).Select(Line).ToList();
        var shown = new List<BarChart>();
        foreach (var module in registry.Modules)
        {
            if (ModuleCharts.FieldsOf(module).Count == 0 && !module.ChartsCreations || stores.For(module.Name) is not { } store) continue;
            shown.AddRange(BarChart.Of(module, await charts.GetAsync(store, user, ct), chartText));
        }
        Charts = shown;
    }

    private RecentLine Line(RecentRecord r) =>
        new(registry.Find(r.Module)?.SingularLabel.ToString() ?? r.Module, r.Number, r.Name, $"/{r.Module}/{r.Id}",
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(r.At, DateTimeKind.Utc), DateTimeFieldType.Paris), r.By);
}

/// <summary>A line of « Récemment consultés » or « Récemment modifiés », as the page shows it (the time in Paris).</summary>
public sealed record RecentLine(string Module, string Number, string Name, string Url, DateTime At, string? By);
