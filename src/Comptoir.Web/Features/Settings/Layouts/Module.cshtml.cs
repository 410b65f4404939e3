namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// « Agencement » of one module: its blocks and fields in form order, moved with buttons (which
/// work without JavaScript) or by drag and drop (layout-editor.js posts the same handlers), a
/// custom block added, and the history of every change.
/// </summary>
public sealed class ModuleModel(LayoutStore store, CurrentUser current) : LayoutPageModel(store, current)
{
    public const int HistoryPage = 20;

    [BindProperty(Name = "blockLabel")] public string? BlockLabel { get; set; }
    [BindProperty(Name = "blockLabelEn")] public string? BlockLabelEn { get; set; }
    [BindProperty(Name = "blockCollapsed")] public bool BlockCollapsed { get; set; }

    public IReadOnlyList<LayoutChangeRecord> History { get; private set; } = [];
    /// <summary>The « Plus anciens » link's cursor, when there is an older page.</summary>
    public long? OlderThan { get; private set; }
    public bool FirstHistoryPage { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(string module, long? before, CancellationToken ct)
    {
        if (!Load(module)) return NotFound();
        Refusal = TempData[RefusalKey] as string;
        await LoadHistoryAsync(before, ct);
        return Page();
    }

    /// <summary>« Monter » / « Descendre » (direction), « Déplacer vers le bloc… » (block), or a drop (block and position).</summary>
    public async Task<IActionResult> OnPostMoveFieldAsync(string module, string? key, string? direction, string? block, int? position, CancellationToken ct)
    {
        if (!Load(module)) return NotFound();
        if (Module.FindField(key ?? "") is not { } field) return NotFound();
        var siblings = Module.Fields.Where(f => f.Block == field.Block).OrderBy(f => f.Position).ToList();
        var at = siblings.IndexOf(field);
        var request = direction switch
        {
            "up" => new FieldChangeRequest { Block = field.Block, Position = Math.Max(at - 1, 0) },
            "down" => new FieldChangeRequest { Block = field.Block, Position = at + 1 },
            _ => new FieldChangeRequest { Block = string.IsNullOrEmpty(block) ? field.Block : block, Position = position ?? int.MaxValue },
        };
        var result = await ApplyAsync(editor => editor.ChangeField(field.Key, request), ct);
        return Moved(result, LayoutText.T("Le champ « {0} » a été déplacé.", field.Label), "field-" + field.Key);
    }

    public async Task<IActionResult> OnPostMoveBlockAsync(string module, string? key, string? direction, int? position, CancellationToken ct)
    {
        if (!Load(module)) return NotFound();
        var blocks = Module.OrderedBlocks.ToList();
        if (blocks.FirstOrDefault(b => b.Key == key) is not { } block) return NotFound();
        var at = blocks.IndexOf(block);
        var target = direction switch
        {
            "up" => Math.Max(at - 1, 0),
            "down" => at + 1,
            _ => position ?? at,
        };
        var result = await ApplyAsync(editor => editor.ChangeBlock(block.Key, new BlockChangeRequest { Position = target }), ct);
        return Moved(result, LayoutText.T("Le bloc « {0} » a été déplacé.", block.Label), "block-" + block.Key);
    }

    public async Task<IActionResult> OnPostAddBlockAsync(string module, CancellationToken ct)
    {
        if (!Load(module)) return NotFound();
        var result = await ApplyAsync(editor => editor.AddBlock(BlockLabel, BlockLabelEn, BlockCollapsed), ct);
        if (result.Status == LayoutStatus.Done)
            return Done(LayoutText.T("Le bloc « {0} » a été ajouté.", BlockLabel!.Trim()), $"{ModuleUrl}#block-{result.Key}");
        await LoadHistoryAsync(null, ct);
        return Page();
    }

    /// <summary>A move either worked or was refused: both come back to the page (PRG), the refusal said at the top.</summary>
    private IActionResult Moved(LayoutResult result, string flash, string anchor)
    {
        switch (result.Status)
        {
            case LayoutStatus.NotFound:
                return NotFound();
            case LayoutStatus.Done:
                return Done(flash, $"{ModuleUrl}#{anchor}");
            default:
                TempData[RefusalKey] = result.Refusal ?? string.Join(" ", result.Errors.SelectMany(e => e.Value));
                return Redirect($"{ModuleUrl}#{anchor}");
        }
    }

    private async Task LoadHistoryAsync(long? before, CancellationToken ct)
    {
        // One more than shown tells whether an older page exists.
        var page = await Store.HistoryAsync(Module.Name, before, HistoryPage + 1, ct);
        History = page.Take(HistoryPage).ToList();
        OlderThan = page.Count > HistoryPage ? History[^1].Id : null;
        FirstHistoryPage = before is null;
    }

    /// <summary>Every field of the block, hidden ones included (they can be shown again), in form order.</summary>
    public IReadOnlyList<FieldDefinition> FieldsOf(BlockDefinition block) =>
        Module.Fields.Where(f => f.Block == block.Key).OrderBy(f => f.Position).ToList();

    /// <summary>A refused move (kept across the redirect) or the refused « Ajouter un bloc » at the bottom of the page, shown at its top.</summary>
    public ErrorSummary SummaryOfErrors => Summarise(
        Errors.Count > 0 ? LayoutText.T("Rien n'a été enregistré : corrigez les zones signalées.") : LayoutText.T("La modification n'a pas été faite :"),
        key => key == "label" ? "f-blockLabel" : null);
}
