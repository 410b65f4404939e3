namespace Comptoir.Web.Features.Records;

/// <summary>« Nouveau » and « Modifier »: the form, with what the module's form extensions add to it.</summary>
public abstract class RecordFormPage(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : RecordPage(services, current, names, t)
{
    public RecordForm Form { get; protected set; } = null!;
    /// <summary>Partials the extensions show first in the form, above its top « Enregistrer ».</summary>
    public IReadOnlyList<PagePart> Warnings { get; private set; } = [];
    /// <summary>Partials the extensions show between the top « Enregistrer » and the fields.</summary>
    public IReadOnlyList<PagePart> Parts { get; private set; } = [];

    /// <summary>The scripts the module's form needs: its fields' types' (price lines), then its extensions'.</summary>
    public IReadOnlyList<string> Scripts => Module.ActiveFields.SelectMany(f => TypeViews.ViewOf(f.Type).Scripts)
        .Concat(FormExtensions.SelectMany(e => e.Scripts)).Concat(Duplicates.DuplicatesPanel.Scripts(Module))
        .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The form and its buttons as _Form.cshtml shows them.</summary>
    public RecordFormView FormView(string cancelUrl, bool conflict = false)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        // What site.js announces once an address block is copied into the other (« Copier l'adresse de facturation »).
        if (Module.AddressCopies.Count > 0) attributes["data-copied-text"] = T["Adresse copiée."].Value;
        foreach (var extension in FormExtensions)
            foreach (var (name, value) in extension.FormAttributes) attributes[name] = value;
        return new RecordFormView(Form, cancelUrl, conflict) { Warnings = Warnings, Parts = Parts, Attributes = attributes };
    }

    /// <summary>The form as first shown: the extensions may fill it (from the query) and add parts.</summary>
    protected async Task OpenAsync(RecordForm form, long? recordId, CancellationToken ct)
    {
        var context = await ContextAsync(form, recordId, ct);
        foreach (var extension in FormExtensions) await extension.OpenAsync(context, ct);
        Finish(context);
    }

    /// <summary>A posted form, before it is saved: true when an extension holds the save (the form comes back, nothing saved).</summary>
    protected async Task<bool> HoldAsync(RecordForm form, long? recordId, CancellationToken ct)
    {
        var context = await ContextAsync(form, recordId, ct);
        var hold = false;
        foreach (var extension in FormExtensions) hold |= await extension.PostedAsync(context, ct);
        Finish(context);
        return hold;
    }

    private async Task<RecordFormContext> ContextAsync(RecordForm form, long? recordId, CancellationToken ct) =>
        new() { Form = form, User = await UserAsync(ct), Request = Request, RecordId = recordId };

    /// <summary>
    /// The posted values as the store takes them, with the user's answer to the duplicate warning
    /// (« Enregistrer quand même », Features/Duplicates).
    /// </summary>
    protected RecordInput InputOf(RecordForm form)
    {
        var input = form.ToInput();
        input.DuplicateConfirmed = Duplicates.DuplicatesWarning.Confirmed(Request.Form);
        return input;
    }

    /// <summary>A save the module's duplicate rule held: the matches above the form, with « Enregistrer quand même » where the rule only warns.</summary>
    protected void ShowHeldByDuplicates(Data.Duplicates.DuplicateReport report) =>
        Warnings = [.. Warnings, new PagePart("/Features/Duplicates/_DuplicatesWarning.cshtml", new Duplicates.DuplicatesWarning(report, BaseUrl, Module))];

    private void Finish(RecordFormContext context)
    {
        Warnings = context.Warnings;
        // « Doublons possibles » while typing, for every module that compares its records (Features/Duplicates).
        if (Duplicates.DuplicatesPanel.For(Module, BaseUrl, context.RecordId) is { } panel)
            context.Parts.Add(new PagePart("/Features/Duplicates/_DuplicatesPanel.cshtml", panel));
        Parts = context.Parts;
        if (context.Message is { } message) TempData["Flash"] = message;
    }
}
