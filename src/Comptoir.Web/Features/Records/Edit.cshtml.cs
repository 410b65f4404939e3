namespace Comptoir.Web.Features.Records;

/// <summary>« Modifier »: the form pre-filled; the version it was opened at refuses to overwrite someone else's save.</summary>
public sealed class EditModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordFormPage(services, current, names, t)
{
    public RecordView View { get; private set; } = null!;
    public bool Conflict { get; private set; }
    public string Title => TitleOf(View.Record);
    /// <summary>The breadcrumb's step back to the record: a numbered record's number, otherwise its title.</summary>
    public string Crumb => Module.NumberPrefix is not null ? View.Record.Number : Title;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var record = await Store.FindRecordAsync(await UserAsync(ct), id, ct);
        if (record is null) return NotFound();
        View = await ViewOfAsync(record, ct);
        Form = RecordForm.FromRecord(Shown, record, View.Names);
        await OpenAsync(Form, id, ct);
        Form.Choices = await Names.ChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var user = await UserAsync(ct);
        var posted = RecordForm.FromPost(Shown, Request.Form);
        int? expected = int.TryParse(Request.Form["_version"], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        SaveOutcome<IRecord>? outcome = null;
        // An extension may hold the save (accounts: another customer's ledger account, until confirmed).
        if (!await HoldAsync(posted, id, ct))
        {
            outcome = await Store.UpdateRecordAsync(user, id, InputOf(posted), partial: false, expected, ct);
            switch (outcome.Status)
            {
                case SaveStatus.NotFound:
                    return NotFound();
                case SaveStatus.Saved:
                    TempData["Flash"] = T["Modifications enregistrées."].Value;
                    return Redirect($"{BaseUrl}/{id}");
            }
        }

        // Not saved: the record as saved now (read-only fields), with what the user typed.
        var saved = await Store.FindRecordAsync(user, id, ct);
        if (saved is null) return NotFound();
        View = await ViewOfAsync(saved, ct);
        Form = Rebuild(posted, saved);
        if (outcome?.Status == SaveStatus.VersionMismatch)
        {
            // Their values stay on screen; the current version lets a second « Enregistrer » go through, deliberately.
            Conflict = true;
            Form.Version = saved.Version;
        }
        else
        {
            foreach (var (key, messages) in outcome?.Validation?.Errors ?? []) Form.Errors[key] = messages;
            Form.Version = expected;
            if (outcome?.Status == SaveStatus.Duplicate) ShowHeldByDuplicates(outcome.Duplicates!);
        }
        Form.Choices = await Names.ChoicesAsync(ct);
        return Page();
    }

    private RecordForm Rebuild(RecordForm posted, IRecord saved)
    {
        var form = RecordForm.FromRecord(Shown, saved, View.Names);
        form.Values.Clear();
        foreach (var (key, value) in posted.Values) form.Values[key] = value;
        form.ReferenceNames.Clear();
        foreach (var (key, value) in posted.ReferenceNames) form.ReferenceNames[key] = value;
        foreach (var (key, messages) in posted.Errors) form.Errors[key] = messages;
        return form;
    }
}
