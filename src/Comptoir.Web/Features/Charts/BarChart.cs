using Comptoir.Data.Charts;

namespace Comptoir.Web.Features.Charts;

/// <summary>One bar: what it counts, how many, and the list of those records (null: no list filters on it, e.g. « (vide) »).</summary>
/// <param name="Short">The label under a narrow column (« janv. »); the full one otherwise.</param>
/// <param name="Under">A second line under the column's label (the year, under January and the first month).</param>
public sealed record ChartBar(string Label, int Count, string? Url, string? Short = null, string? Under = null);

/// <summary>
/// A bar chart as _BarChart.cshtml draws it in SVG: horizontal bars for a field's values, columns for months.
/// Every bar carries its label and its number as text, so that it reads without colour.
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<ChartBar> Bars, bool Columns = false)
{
    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Count);
    public int Total => Bars.Sum(b => b.Count);

    /// <summary>A bar's length out of <paramref name="full"/>, the longest bar taking it all; a non-zero count stays visible.</summary>
    public double Length(ChartBar bar, double full) => Max == 0 ? 0 : bar.Count == 0 ? 0 : Math.Max(2, full * bar.Count / Max);

    /// <summary>The charts of a module's counts: one per chart field, then new records per month.</summary>
    public static IReadOnlyList<BarChart> Of(ModuleDefinition module, ModuleCharts counts, IStringLocalizer<ChartsText> t)
    {
        var charts = new List<BarChart>();
        foreach (var field in ModuleCharts.FieldsOf(module))
            if (counts.ByField.TryGetValue(field.Key, out var values)) charts.Add(OfField(module, field, values, t));
        if (counts.Months is { } months)
        {
            // No date condition in the list's URL yet: a month leads to the list, newest first where records are numbered in order.
            var url = "/" + module.Name + (module.NumberPrefix is not null ? "?sort=number&dir=desc" : "");
            var culture = CultureInfo.CurrentUICulture;
            var bars = months.Select((m, i) =>
            {
                var month = new DateTime(m.Year, m.Month, 1, 0, 0, 0, DateTimeKind.Utc);
                return new ChartBar(month.ToString("MMMM yyyy", culture), m.Count, url, month.ToString("MMM", culture),
                    i == 0 || m.Month == 1 ? month.ToString("yyyy", culture) : null);
            }).ToList();
            charts.Add(new BarChart(module.Name + "-months", t["{0} : nouveaux par mois", module.Label.ToString()].Value, bars, Columns: true));
        }
        return charts;
    }

    /// <summary>A picklist field's counts, most frequent first; a value since removed from the list shows as its code.</summary>
    public static BarChart OfField(ModuleDefinition module, FieldDefinition field, IReadOnlyList<ValueCount> values, IStringLocalizer<ChartsText> t)
    {
        var bars = values.Select(v => v.Value is null
                ? new ChartBar(t["(vide)"].Value, v.Count, null)
                : new ChartBar(field.FindPicklistValue(v.Value)?.Label.ToString() ?? v.Value, v.Count,
                    $"/{module.Name}?{Uri.EscapeDataString(field.Key)}={Uri.EscapeDataString(v.Value)}"))
            .ToList();
        return new BarChart($"{module.Name}-{field.Key}", t["{0} par {1}", module.Label.ToString(), field.Label.ToString().ToLower(CultureInfo.CurrentUICulture)].Value, bars);
    }
}
