using Comptoir.Core.Duplicates;
using Comptoir.Data.Duplicates;
using Comptoir.Data.Modules;

namespace Comptoir.Web.Features.Settings.Duplicates;

/// <summary>
/// « Paramètres › Doublons »: per module that compares its records, the rule a save meets (docs/duplicates.md): up to
/// three criteria joined by OU, each up to three fields joined by ET, and « Avertir » or « Bloquer »; off by default.
/// </summary>
public sealed class IndexModel(ModuleCatalog catalog, IModuleRegistry registry, Data.Settings.SettingsStore settings) : PageModel
{
    /// <summary>Each module's rule as shown: saved, proposed, or as just refused.</summary>
    public List<ModuleRule> Modules { get; } = [];
    /// <summary>The module whose rule was refused, and its errors by key (action, criteria, c1…).</summary>
    public string? Refused { get; private set; }
    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.Ordinal);

    public ErrorSummary SummaryOfErrors =>
        ErrorSummary.Of(DuplicatesSettingsText.T("Rien n'a été enregistré : corrigez les champs signalés."),
            Errors.Select(e => KeyValuePair.Create(e.Key, new[] { e.Value })), key => $"f-{Refused}-{(key == "criteria" ? "c1" : key)}");

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(null, ct);

    public async Task<IActionResult> OnPostAsync(string? module, CancellationToken ct)
    {
        if (Compared().FirstOrDefault(m => m.Name == module) is not { } definition) return NotFound();
        var criteria = Enumerable.Range(1, DuplicateRule.MaxCriteria)
            .Select(i => (IReadOnlyList<string?>)Request.Form["c" + i.ToString(CultureInfo.InvariantCulture)].ToArray()).ToList();
        var (rule, errors) = DuplicateRule.Create(Request.Form["enabled"] == "true", Request.Form["action"], criteria, Comparable(definition));
        if (rule is null)
        {
            Refused = definition.Name;
            Errors = errors;
            await LoadAsync(new ModuleRule(definition, new DuplicateRule(Request.Form["enabled"] == "true",
                Request.Form["action"] == "block" ? DuplicateAction.Block : DuplicateAction.Warn,
                criteria.Select(c => (IReadOnlyList<string>)c.Where(f => !string.IsNullOrEmpty(f)).Select(f => f!).ToList()).ToList())), ct);
            return Page();
        }
        await DuplicateRules.SetAsync(settings, definition.Name, rule, ct);
        TempData["Flash"] = DuplicatesSettingsText.T("Règle de doublons enregistrée : {0}.", definition.Label);
        return Redirect("/settings/duplicates#rule-" + definition.Name);
    }

    private IEnumerable<ModuleDefinition> Compared() =>
        catalog.Modules.Select(m => registry.Get(m.Name)).Where(d => d.Duplicates is not null);

    /// <summary>The fields a rule of the module may name: those it declares comparable, still active.</summary>
    public static IReadOnlyList<FieldDefinition> ComparableFields(ModuleDefinition module) =>
        (module.Duplicates?.Fields ?? []).Select(module.FindField).OfType<FieldDefinition>().Where(f => f.Active && f.Type.ComparesDuplicates).ToList();

    private static HashSet<string> Comparable(ModuleDefinition module) => ComparableFields(module).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);

    private async Task LoadAsync(ModuleRule? refused, CancellationToken ct)
    {
        foreach (var definition in Compared())
            Modules.Add(refused?.Module.Name == definition.Name ? refused : new ModuleRule(definition, await DuplicateRules.GetAsync(settings, definition, ct)));
    }
}

/// <summary>A module and its rule, as the page's form shows it.</summary>
public sealed record ModuleRule(ModuleDefinition Module, DuplicateRule Rule)
{
    /// <summary>The field chosen at a place of a criterion (1-based criterion, 0-based place), or "".</summary>
    public string At(int criterion, int place) =>
        criterion <= Rule.Criteria.Count && place < Rule.Criteria[criterion - 1].Count ? Rule.Criteria[criterion - 1][place] : "";
}
