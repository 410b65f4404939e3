using Comptoir.Web.Features.FieldTypes;

namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// Edits one field: labels, help, default value and its switches. Only what changed is sent to the
/// model, so a built-in field keeps following its definition in code for everything else.
/// </summary>
public sealed class EditFieldModel(LayoutStore store, CurrentUser current, FieldTypeRegistry fieldTypes) : LayoutPageModel(store, current)
{
    /// <summary>The field type's own input for its default value (a list of its values, oui/non), or null for a text input.</summary>
    public string? DefaultValueEditor => fieldTypes.ViewOf(Field.Type).DefaultValueEditor;

    /// <summary>The type's own setting (a text's length, a decimal's places) as its partial edits it; custom fields only.</summary>
    public (string View, SettingInput Input)? Setting() =>
        Field.Storage.IsCustom && fieldTypes.ViewOf(Field.Type).SettingEditor is { } view
            ? (view, new SettingInput(new Dictionary<string, string?>(StringComparer.Ordinal) { ["maxLength"] = MaxLength, ["decimals"] = Decimals }, ErrorOf, null))
            : null;

    [BindProperty(Name = "label")] public string? LabelFr { get; set; }
    [BindProperty(Name = "labelEn")] public string? LabelEn { get; set; }
    [BindProperty(Name = "help")] public string? HelpFr { get; set; }
    [BindProperty(Name = "helpEn")] public string? HelpEn { get; set; }
    [BindProperty(Name = "defaultValue")] public string? DefaultValue { get; set; }
    [BindProperty(Name = "maxLength")] public string? MaxLength { get; set; }
    [BindProperty(Name = "decimals")] public string? Decimals { get; set; }
    [BindProperty(Name = "mandatory")] public bool Mandatory { get; set; }
    [BindProperty(Name = "active")] public bool Active { get; set; }
    [BindProperty(Name = "quickCreate")] public bool QuickCreate { get; set; }
    [BindProperty(Name = "summary")] public bool Summary { get; set; }
    [BindProperty(Name = "listColumn")] public bool ListColumn { get; set; }

    /// <summary>The inputs this form has: the error summary links their errors to them, and shows any other as text.</summary>
    public static readonly string[] Inputs = ["label", "helpText", "defaultValue", "maxLength", "decimals", "mandatory", "active"];

    public FieldDefinition Field { get; private set; } = null!;

    /// <summary>System fields stay mandatory and visible; a derived field is never typed, so never mandatory.</summary>
    public bool MandatoryLocked => Field.MandatoryLocked || Field.ReadOnly;
    public bool ActiveLocked => Field.MandatoryLocked;
    public bool HasDefault => Field.Type.TakesDefaultValue && !Field.ReadOnly;
    public bool HasLength => Field.Storage.IsCustom && Field.Type.HasLength;
    public bool HasDecimals => Field.Storage.IsCustom && Field.Type.HasDecimals;

    public IActionResult OnGet(string module, string key)
    {
        if (!Find(module, key)) return NotFound();
        Show(Field);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string module, string key, CancellationToken ct)
    {
        if (!Find(module, key)) return NotFound();
        var before = Field;
        if (!TryNumber(HasLength ? MaxLength : null, out var maxLength)) AddError("maxLength", LayoutText.T("Un nombre entier est attendu."));
        if (!TryNumber(HasDecimals ? Decimals : null, out var decimals)) AddError("decimals", LayoutText.T("Un nombre entier est attendu."));
        if (Errors.Count > 0) return Page();

        var request = new FieldChangeRequest
        {
            LabelFr = Changed(LabelFr, before.Label.Fr), LabelEn = Changed(LabelEn, before.Label.En),
            HelpFr = Changed(HelpFr, before.HelpText?.Fr), HelpEn = Changed(HelpEn, before.HelpText?.En),
            DefaultValue = HasDefault && Canonical(before, DefaultValue) != Canonical(before, before.DefaultValue) ? (DefaultValue ?? "").Trim() : null,
            // A disabled switch is not posted: for a locked property, absent means « unchanged », not « off ».
            Mandatory = MandatoryLocked || Mandatory == before.Mandatory ? null : Mandatory,
            Active = ActiveLocked || Active == before.Active ? null : Active,
            QuickCreate = QuickCreate == before.QuickCreate ? null : QuickCreate,
            Summary = Summary == before.Summary ? null : Summary,
            ListColumn = ListColumn == before.ListColumn ? null : ListColumn,
            MaxLength = maxLength == before.MaxLength ? null : maxLength,
            Decimals = decimals == before.Decimals ? null : decimals,
        };
        var result = await ApplyAsync(editor => editor.ChangeField(before.Key, request), ct);
        if (result.Status == LayoutStatus.NotFound) return NotFound();
        if (result.Status != LayoutStatus.Done) return Page();
        return Done(LayoutText.T("Le champ « {0} » est enregistré.", Module.FindField(before.Key)!.Label), $"{ModuleUrl}#field-{before.Key}");
    }

    private static string? Changed(string? typed, string? current) =>
        string.Equals((typed ?? "").Trim(), current ?? "", StringComparison.Ordinal) ? null : (typed ?? "").Trim();

    /// <summary>A default as its input shows it (a picklist's code, "true"), so that the same value in another spelling is no change.</summary>
    private static string Canonical(FieldDefinition field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var parsed = field.Type.Parse(field, text.Trim());
        return parsed.IsValid && parsed.Value is not null ? field.Type.FormText(field, parsed.Value) : text.Trim();
    }

    private void Show(FieldDefinition field)
    {
        LabelFr = field.Label.Fr;
        LabelEn = field.Label.En;
        HelpFr = field.HelpText?.Fr;
        HelpEn = field.HelpText?.En;
        // A list or a box offers its values: « oui » or a value's label typed through the API shows as the option it means.
        DefaultValue = DefaultValueEditor is not null ? Canonical(field, field.DefaultValue) : field.DefaultValue;
        MaxLength = field.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Decimals = field.Decimals?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Mandatory = field.Mandatory;
        Active = field.Active;
        QuickCreate = field.QuickCreate;
        Summary = field.Summary;
        ListColumn = field.ListColumn;
    }

    private bool Find(string module, string key)
    {
        if (!Load(module) || Module.FindField(key) is not { } field) return false;
        Field = field;
        return true;
    }

    public ErrorSummary SummaryOfErrors =>
        Summarise(LayoutText.T("Rien n'a été enregistré : corrigez les zones signalées."), InputsNamed(Inputs));
}
