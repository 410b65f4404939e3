namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>Rename a block (French and English) and choose whether the form shows it collapsed.</summary>
public sealed class BlockModel(LayoutStore store, CurrentUser current) : LayoutPageModel(store, current)
{
    [BindProperty(Name = "label")] public string? LabelFr { get; set; }
    [BindProperty(Name = "labelEn")] public string? LabelEn { get; set; }
    [BindProperty(Name = "collapsed")] public bool Collapsed { get; set; }

    public BlockDefinition Block { get; private set; } = null!;
    public int FieldCount => Module.Fields.Count(f => f.Block == Block.Key);

    public IActionResult OnGet(string module, string key)
    {
        if (!Find(module, key)) return NotFound();
        LabelFr = Block.Label.Fr;
        LabelEn = Block.Label.En;
        Collapsed = Block.Collapsed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string module, string key, CancellationToken ct)
    {
        if (!Find(module, key)) return NotFound();
        var request = new BlockChangeRequest { LabelFr = LabelFr ?? "", LabelEn = LabelEn ?? "", Collapsed = Collapsed };
        var result = await ApplyAsync(editor => editor.ChangeBlock(Block.Key, request), ct);
        if (result.Status == LayoutStatus.NotFound) return NotFound();
        if (result.Status == LayoutStatus.Done)
            return Done(LayoutText.T("Le bloc « {0} » est enregistré.", Module.Blocks.First(b => b.Key == Block.Key).Label), $"{ModuleUrl}#block-{Block.Key}");
        return Page();
    }

    private bool Find(string module, string key)
    {
        if (!Load(module) || Module.Blocks.FirstOrDefault(b => b.Key == key) is not { } block) return false;
        Block = block;
        return true;
    }

    public ErrorSummary SummaryOfErrors =>
        Summarise(LayoutText.T("Rien n'a été enregistré : corrigez les zones signalées."), InputsNamed("label"));
}
