namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>Asks before deleting a custom block; the model refuses a standard block or one that still holds fields, and the page says why.</summary>
public sealed class BlockDeleteModel(LayoutStore store, CurrentUser current) : LayoutPageModel(store, current)
{
    public BlockDefinition Block { get; private set; } = null!;
    public int FieldCount => Module.Fields.Count(f => f.Block == Block.Key);

    public IActionResult OnGet(string module, string key) => Find(module, key) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string module, string key, CancellationToken ct)
    {
        if (!Find(module, key)) return NotFound();
        var result = await ApplyAsync(editor => editor.DeleteBlock(Block.Key), ct);
        return result.Status switch
        {
            LayoutStatus.NotFound => NotFound(),
            LayoutStatus.Done => Done(LayoutText.T("Le bloc « {0} » a été supprimé.", Block.Label), ModuleUrl),
            _ => Page(),
        };
    }

    private bool Find(string module, string key)
    {
        if (!Load(module) || Module.Blocks.FirstOrDefault(b => b.Key == key) is not { } block) return false;
        Block = block;
        return true;
    }

    public ErrorSummary SummaryOfErrors => Summarise(LayoutText.T("La suppression n'a pas été faite :"), _ => null);
}
