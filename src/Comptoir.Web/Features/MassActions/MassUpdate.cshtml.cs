using Comptoir.Web.Features.Records;
using Comptoir.Web.Features.Shared.Records;

namespace Comptoir.Web.Features.MassActions;

/// <summary>
/// « Modifier » on a list: the fields that may be mass-set, each with the record form's own editor and a box
/// « changer ce champ »; « Appliquer » sets the chosen ones on every ticked record, each through its usual save.
/// </summary>
public sealed class MassUpdateModel(IServiceProvider services, CurrentUser current, RecordNames names, IStringLocalizer<RecordsText> t)
    : MassPage(services, current, names, t)
{
    public RecordForm Form { get; private set; } = null!;
    /// <summary>The fields ticked « changer ce champ ».</summary>
    public HashSet<string> Chosen { get; } = new(StringComparer.Ordinal);
    public IReadOnlyList<FieldDefinition> Fields => Module.ActiveFields.Where(f => f.MassSettable).ToList();
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Scripts => Fields.SelectMany(f => TypeViews.ViewOf(f.Type).Scripts).Distinct(StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await UserAsync(ct);
        if (await ReadSelectionAsync(user, ct) is { } back) return back;
        // From the list: a blank form, each field as a new record would have it.
        if (Request.Form["apply"].Count == 0)
        {
            Form = RecordForm.Blank(Module, new OwnerRef(OwnerKind.User, user.UserId));
            Form.Choices = await Names.ChoicesAsync(ct);
            return Page();
        }

        Form = RecordForm.FromPost(Module, Request.Form);
        Form.Choices = await Names.ChoicesAsync(ct);
        foreach (var key in Request.Form["fields"]) if (Fields.Any(f => f.Key == key)) Chosen.Add(key!);
        if (Chosen.Count == 0) Errors["fields"] = [MassText.T("Choisissez au moins un champ à modifier.")];

        // Each chosen field's text, parsed by its type as the form would, and sent on as the API's JSON.
        var set = new JsonObject();
        foreach (var field in Fields.Where(f => Chosen.Contains(f.Key)))
        {
            var text = Form.ValueOf(field.Key).Trim();
            if (text.Length == 0)
            {
                set[field.Key] = null;
                continue;
            }
            var parsed = field.Type.Parse(field, text);
            if (parsed.IsValid) set[field.Key] = field.Type.ToJson(parsed.Value);
            else Form.Errors[field.Key] = [parsed.Error!];
        }
        if (Errors.Count == 0 && Form.Errors.Count == 0)
            foreach (var (key, messages) in await Store.CheckValuesAsync(user, RecordInput.FromJson(set), ct))
                Form.Errors[key] = messages;
        if (Errors.Count > 0 || Form.Errors.Count > 0) return Page();

        return await RunAsync(user, Selection.Request(MassKind.Update, set, []), ct);
    }
}
