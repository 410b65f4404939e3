namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>Asks before deleting a custom field, naming how many records hold a value: their values go with it.</summary>
public sealed class DeleteFieldModel(LayoutStore store, CurrentUser current) : LayoutPageModel(store, current)
{
    public FieldDefinition Field { get; private set; } = null!;
    public long Records { get; private set; }

    public async Task<IActionResult> OnGetAsync(string module, string key, CancellationToken ct)
    {
        if (!Find(module, key)) return NotFound();
        if (Field.Storage.IsCustom) Records = await Store.CountValuesAsync(Module, Field.Key, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string module, string key, CancellationToken ct)
    {
        if (!Find(module, key)) return NotFound();
        var field = Field;
        var result = await ApplyAsync(editor => editor.DeleteField(field.Key), ct);
        return result.Status switch
        {
            LayoutStatus.NotFound => NotFound(),
            LayoutStatus.Done => Done(LayoutText.T("Le champ « {0} » a été supprimé.", field.Label), ModuleUrl),
            _ => Page(),
        };
    }

    private bool Find(string module, string key)
    {
        if (!Load(module) || Module.FindField(key) is not { } field) return false;
        Field = field;
        return true;
    }

    public ErrorSummary SummaryOfErrors => Summarise(LayoutText.T("La suppression n'a pas été faite :"), _ => null);
}
