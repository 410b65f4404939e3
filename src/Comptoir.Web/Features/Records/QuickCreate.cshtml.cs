namespace Comptoir.Web.Features.Records;

/// <summary>
/// The « + » dialog of a reference picker. GET: the module's quick-create form (its « création rapide »
/// fields and every mandatory one), as an HTML fragment the dialog shows. POST (fetch, antiforgery):
/// 201 with {id, name} to select, or 422 with the same fragment, each error beside its input and what
/// was typed kept. The main form around the picker is never submitted.
/// </summary>
public sealed class QuickCreateModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public const string IdPrefix = "qc-";

    public static IEnumerable<FieldDefinition> QuickFields(ModuleDefinition module) =>
        module.ActiveFields.Where(f => !f.ReadOnly && (f.QuickCreate || f.Mandatory) && f.Type.QuickCreatable)
            .OrderBy(f => module.OrderedBlocks.ToList().FindIndex(b => b.Key == f.Block)).ThenBy(f => f.Position);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var form = RecordForm.Blank(Module, new OwnerRef(OwnerKind.User, user.UserId));
        return await FragmentAsync(form, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var form = RecordForm.FromPost(Module, Request.Form);
        var shown = QuickFields(Module).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var input = new RecordInput();
        foreach (var field in Module.ActiveFields.Where(f => !f.ReadOnly))
        {
            // Fields the dialog does not show take their default, as a blank form would (« Actif » stays on).
            if (shown.Contains(field.Key)) input.Set(field.Key, form.ValueOf(field.Key) is { Length: > 0 } v ? v : null);
            else if (field.DefaultValue is not null) input.Set(field.Key, field.DefaultValue);
        }
        var outcome = await Store.CreateRecordAsync(user, input, ct);
        if (outcome.Status == SaveStatus.Saved)
        {
            var record = outcome.Record!;
            return new JsonResult(new PickerItem(record.Id, RecordTitles.Name(Module, record), RecordTitles.Meta(Module, record)))
            {
                StatusCode = StatusCodes.Status201Created,
            };
        }
        foreach (var (key, messages) in outcome.Validation?.Errors ?? []) form.Errors[key] = messages;
        // The dialog has no « Enregistrer quand même »: the match is named beside the title, the full form confirms.
        if (outcome.Status == SaveStatus.Duplicate) form.Errors[Module.TitleField] = [Duplicates.DuplicatesWarning.QuickCreateMessage(outcome.Duplicates!)];
        var result = await FragmentAsync(form, ct);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return result;
    }

    private async Task<IActionResult> FragmentAsync(RecordForm form, CancellationToken ct)
    {
        form.IdPrefix = IdPrefix + Module.Name + "-";
        form.Nested = true;
        form.Choices = await Names.ChoicesAsync(ct);
        return Partial("/Features/Records/_QuickCreateForm.cshtml", new QuickCreateView(form, QuickFields(Module).ToList(), T["Créer : {0}", Module.SingularLabel].Value));
    }
}

public sealed record QuickCreateView(RecordForm Form, IReadOnlyList<FieldDefinition> Fields, string Title);
