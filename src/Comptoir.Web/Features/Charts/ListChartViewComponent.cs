using Comptoir.Data.Charts;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.AspNetCore.WebUtilities;

namespace Comptoir.Web.Features.Charts;

/// <summary>
/// The list's « Graphique » toggle (?chart=industry): for a module with chart fields, a button per field, and the
/// chosen one's chart above the list, the same as « Accueil » draws from the same cached counts.
/// </summary>
public sealed class ListChartViewComponent(CurrentUser current, ChartCounts charts, RecordStores stores, IStringLocalizer<ChartsText> t)
    : ViewComponent
{
    public const string Parameter = "chart";

    public async Task<IViewComponentResult> InvokeAsync(ModuleDefinition module)
    {
        var fields = ModuleCharts.FieldsOf(module);
        if (fields.Count == 0 || stores.For(module.Name) is not { } store) return Content("");
        var chosen = Request.Query[Parameter].ToString();
        var field = fields.FirstOrDefault(f => f.Key == chosen);
        BarChart? chart = null;
        if (field is not null)
        {
            var counts = await charts.GetAsync(store, await current.RequireAsync(HttpContext.RequestAborted), HttpContext.RequestAborted);
            chart = BarChart.OfField(module, field, counts.ByField.GetValueOrDefault(field.Key) ?? [], t);
        }
        var toggles = fields.Select(f => new ChartToggle(f.Label.ToString(), UrlWith(f.Key == chosen ? null : f.Key), f.Key == chosen)).ToList();
        var unknown = chosen.Length > 0 && field is null ? chosen : null;
        return View("~/Features/Charts/_ListChart.cshtml", new ListChart(toggles, chart, unknown, UrlWith(null)));
    }

    /// <summary>The list's own address with the chart parameter set (or removed), the rest of the view kept.</summary>
    private string UrlWith(string? chart)
    {
        var query = Request.Query.Where(p => p.Key != Parameter).SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v))).ToList();
        if (chart is not null) query.Add(KeyValuePair.Create(Parameter, (string?)chart));
        return QueryHelpers.AddQueryString(Request.Path, query);
    }
}

/// <summary>A « Graphique » button: the field it charts, the list's address that shows (or, pressed, hides) it.</summary>
public sealed record ChartToggle(string Label, string Url, bool Pressed);

/// <param name="Unknown">A ?chart= that names no chart field of the module, shown as an error rather than ignored.</param>
public sealed record ListChart(IReadOnlyList<ChartToggle> Toggles, BarChart? Chart, string? Unknown, string Close);
