namespace Comptoir.Web.Features.Records;

/// <summary>« Ajouter un … »: a blank form (the module's extensions may fill it from the query, ?account=).</summary>
public sealed class NewModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordFormPage(services, current, names, t)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Form = RecordForm.Blank(Shown, new OwnerRef(OwnerKind.User, user.UserId));
        await OpenAsync(Form, recordId: null, ct);
        Form.Choices = await Names.ChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        Form = RecordForm.FromPost(Shown, Request.Form);
        if (!await HoldAsync(Form, recordId: null, ct))
        {
            var outcome = await Store.CreateRecordAsync(user, InputOf(Form), ct);
            if (outcome.Status == SaveStatus.Saved)
            {
                var record = outcome.Record!;
                var title = TitleOf(record);
                TempData["Flash"] = Module.Texts.Created?.Format(title, record.Number) ?? T["« {0} » enregistré.", title].Value;
                return Redirect($"{BaseUrl}/{record.Id}");
            }
            // Refused: the same page, each error beside its field, everything typed kept.
            foreach (var (key, messages) in outcome.Validation?.Errors ?? []) Form.Errors[key] = messages;
            if (outcome.Status == SaveStatus.Duplicate) ShowHeldByDuplicates(outcome.Duplicates!);
        }
        Form.Choices = await Names.ChoicesAsync(ct);
        return Page();
    }
}
