using Comptoir.Web.Features.Settings.Layouts;

namespace Comptoir.Web.Features.Settings.Picklists;

/// <summary>
/// « Listes de choix »: the values of every picklist of every module. Records store a value's code,
/// so a rename shows on every record at once; a retired value stays on the records that hold it.
/// </summary>
public sealed class IndexModel(LayoutStore store, CurrentUser current) : LayoutPageModel(store, current)
{
    public const string PageUrl = "/settings/picklists";

    public IReadOnlyList<(ModuleDefinition Module, FieldDefinition Field)> Lists { get; private set; } = [];

    /// <summary>The row whose form was refused ("module/field/code", or "module/field/" for the add form) and what was typed in it.</summary>
    public string? FailedRow { get; private set; }
    public string? TypedFr { get; private set; }
    public string? TypedEn { get; private set; }
    /// <summary>The id of the French label input of the refused row (or add form).</summary>
    private string? FailedInput { get; set; }

    public void OnGet() => ShowLists();

    public async Task<IActionResult> OnPostAddAsync(string? module, string? field, string? label, string? labelEn, CancellationToken ct)
    {
        if (Picklist(module, field) is not { } list) return NotFound();
        var result = await ApplyAsync(editor => editor.AddValue(list.Key, label, labelEn), ct);
        return Answer(result, list, "", label, labelEn, LayoutText.T("La valeur « {0} » a été ajoutée à « {1} ».", label?.Trim(), list.Label));
    }

    public async Task<IActionResult> OnPostRenameAsync(string? module, string? field, string? code, string? label, string? labelEn, CancellationToken ct)
    {
        if (Picklist(module, field) is not { } list || list.FindPicklistValue(code) is not { } value) return NotFound();
        var request = new PicklistValueChangeRequest { LabelFr = label ?? "", LabelEn = labelEn ?? "" };
        var result = await ApplyAsync(editor => editor.ChangeValue(list.Key, value.Code, request), ct);
        return Answer(result, list, value.Code, label, labelEn, LayoutText.T("La valeur « {0} » de « {1} » est enregistrée.", label?.Trim(), list.Label));
    }

    /// <summary>« Monter », « Descendre », « Retirer », « Réactiver »: one form per value, the button says which.</summary>
    public async Task<IActionResult> OnPostValueAsync(string? module, string? field, string? code, string? op, CancellationToken ct)
    {
        if (Picklist(module, field) is not { } list || list.FindPicklistValue(code) is not { } value) return NotFound();
        var at = list.PicklistValues.ToList().IndexOf(value);
        PicklistValueChangeRequest? request = op switch
        {
            "up" => new() { Position = Math.Max(at - 1, 0) },
            "down" => new() { Position = at + 1 },
            "retire" => new() { Retired = true },
            "reactivate" => new() { Retired = false },
            _ => null,
        };
        if (request is null) return BadRequest();
        var result = await ApplyAsync(editor => editor.ChangeValue(list.Key, value.Code, request), ct);
        var flash = op switch
        {
            "retire" => LayoutText.T("La valeur « {0} » est retirée : les fiches qui l'ont la gardent.", value.Label),
            "reactivate" => LayoutText.T("La valeur « {0} » est de nouveau proposée.", value.Label),
            _ => LayoutText.T("La valeur « {0} » a été déplacée.", value.Label),
        };
        return Answer(result, list, value.Code, value.Label.Fr, value.Label.En, flash);
    }

    private IActionResult Answer(LayoutResult result, FieldDefinition list, string code, string? typedFr, string? typedEn, string flash)
    {
        if (result.Status == LayoutStatus.NotFound) return NotFound();
        if (result.Status == LayoutStatus.Done) return Done(flash, $"{PageUrl}#{Anchor(Module, list)}");
        FailedRow = $"{Module.Name}/{list.Key}/{code}";
        FailedInput = $"{Anchor(Module, list)}-{(code.Length == 0 ? "new" : code)}-fr";
        TypedFr = typedFr;
        TypedEn = typedEn;
        ShowLists();
        return Page();
    }

    private FieldDefinition? Picklist(string? module, string? field) =>
        Load(module ?? "") && Module.FindField(field ?? "") is { Type.HasValues: true } list ? list : null;

    private void ShowLists() => Lists = Store.Registry.Modules
        .SelectMany(m => m.Fields.Where(f => f.Type.HasValues)
            .OrderBy(f => m.Blocks.FirstOrDefault(b => b.Key == f.Block)?.Position ?? int.MaxValue).ThenBy(f => f.Position)
            .Select(f => (m, f)))
        .ToList();

    public static string Anchor(ModuleDefinition module, FieldDefinition field) => $"list-{module.Name}-{field.Key}";

    public bool Failed(ModuleDefinition module, FieldDefinition field, string code) => FailedRow == $"{module.Name}/{field.Key}/{code}";

    /// <summary>The refused change at the top of this long page, where it comes back after the post; a label's error links to the label refused.</summary>
    public ErrorSummary SummaryOfErrors => Summarise(LayoutText.T("Rien n'a été enregistré : corrigez les zones signalées."),
        key => key == "label" ? FailedInput : null);
}
