using Comptoir.Web.Features.FieldTypes;

namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>Adds a custom field: its key (cf_ + slug of the French label) is given by the model and never changes.</summary>
public sealed class NewFieldModel(LayoutStore store, CurrentUser current, FieldTypeRegistry types) : LayoutPageModel(store, current)
{
    [BindProperty(Name = "type")] public string? Type { get; set; }
    [BindProperty(Name = "label")] public string? LabelFr { get; set; }
    [BindProperty(Name = "labelEn")] public string? LabelEn { get; set; }
    [BindProperty(Name = "block")] public string? Block { get; set; }
    [BindProperty(Name = "maxLength")] public string? MaxLength { get; set; }
    [BindProperty(Name = "decimals")] public string? Decimals { get; set; }
    [BindProperty(Name = "defaultValue")] public string? DefaultValue { get; set; }
    [BindProperty(Name = "help")] public string? HelpFr { get; set; }
    [BindProperty(Name = "helpEn")] public string? HelpEn { get; set; }
    [BindProperty(Name = "values")] public string? Values { get; set; }
    [BindProperty(Name = "referenceModule")] public string? ReferenceModule { get; set; }
    [BindProperty(Name = "mandatory")] public bool Mandatory { get; set; }
    [BindProperty(Name = "quickCreate")] public bool QuickCreate { get; set; }
    [BindProperty(Name = "summary")] public bool Summary { get; set; }
    [BindProperty(Name = "listColumn")] public bool ListColumn { get; set; }

    /// <summary>The inputs this form has: the error summary links their errors to them, and shows any other (none expected) as text.</summary>
    public static readonly string[] Inputs =
        ["type", "label", "block", "maxLength", "decimals", "defaultValue", "helpText", "values", "referenceModule"];

    public IReadOnlyList<Core.Metadata.ModuleDefinition> Modules => Store.Registry.Modules;

    /// <summary>The custom types an input applies to, for layout-editor.js to show it only for them (and for no script, all).</summary>
    public static string ShowFor(Func<FieldType, bool> applies) => string.Join(' ', LayoutEditor.CustomTypes.Where(applies).Select(t => t.Name));

    /// <summary>Each setting partial the custom types have (a text's length, a decimal's places), once, with the types it applies to.</summary>
    public IEnumerable<(string View, SettingInput Input)> Settings()
    {
        var posted = new Dictionary<string, string?>(StringComparer.Ordinal) { ["maxLength"] = MaxLength, ["decimals"] = Decimals };
        return LayoutEditor.CustomTypes.GroupBy(t => types.ViewOf(t).SettingEditor).Where(g => g.Key is not null)
            .Select(g => (g.Key!, new SettingInput(posted, ErrorOf, string.Join(' ', g.Select(t => t.Name)))));
    }

    public IActionResult OnGet(string module, string? block)
    {
        if (!Load(module)) return NotFound();
        Type = "text";
        Block = Module.Blocks.Any(b => b.Key == block) ? block : Module.OrderedBlocks.First().Key;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string module, CancellationToken ct)
    {
        if (!Load(module)) return NotFound();
        var type = LayoutEditor.CustomTypes.FirstOrDefault(t => t.Name == Type);
        // Without JavaScript every input is on the page: what does not apply to the chosen type is left out.
        if (!TryNumber(type?.HasLength == true ? MaxLength : null, out var maxLength))
            AddError("maxLength", LayoutText.T("Un nombre entier est attendu."));
        if (!TryNumber(type?.HasDecimals == true ? Decimals : null, out var decimals))
            AddError("decimals", LayoutText.T("Un nombre entier est attendu."));
        if (Errors.Count > 0) return Page();

        var request = new NewFieldRequest
        {
            Type = Type, LabelFr = LabelFr, LabelEn = LabelEn, Block = Block, HelpFr = HelpFr, HelpEn = HelpEn,
            Mandatory = Mandatory, QuickCreate = QuickCreate, Summary = Summary, ListColumn = ListColumn,
            MaxLength = maxLength, Decimals = decimals,
            DefaultValue = type?.DefaultValueRefusal is null ? DefaultValue : null,
            Values = type?.HasValues == true ? ReadValues(Values) : [],
            ReferenceModule = type?.RefersToModule == true ? ReferenceModule : null,
        };
        var result = await ApplyAsync(editor => editor.AddField(request), ct);
        if (result.Status == LayoutStatus.NotFound) return NotFound();
        if (result.Status != LayoutStatus.Done) return Page();
        var added = Module.FindField(result.Key!)!;
        return Done(LayoutText.T("Le champ « {0} » a été ajouté ; sa clé d'API est {1}.", added.Label, added.Key), $"{ModuleUrl}#field-{added.Key}");
    }

    /// <summary>One value per line; « Or | Gold » gives the English label after the bar.</summary>
    public static IReadOnlyList<LocalizedText> ReadValues(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries) is [var fr, var en] ? new LocalizedText(fr, en) : new LocalizedText(line, ""))
            .ToList();

    public ErrorSummary SummaryOfErrors =>
        Summarise(LayoutText.T("Le champ n'a pas été ajouté : corrigez les zones signalées."), InputsNamed(Inputs));
}
