namespace Comptoir.Core.Metadata.Layout;

/// <summary>
/// Picklist values: records store the code, so a rename is seen by every record at once; a
/// removed value is retired rather than deleted, so records holding it keep and show it.
/// </summary>
public sealed partial class LayoutEditor
{
    public LayoutResult AddValue(string fieldKey, string? labelFr, string? labelEn)
    {
        if (Picklist(fieldKey) is not { } field) return LayoutResult.NotFound();
        var errors = new Errors();
        CheckValueLabel(errors, field, labelFr, labelEn, exceptCode: null);
        if (errors.Any) return LayoutResult.Invalid(errors.ByField);
        var values = EditableValues(field);
        var code = CustomFieldKey.Unique(CustomFieldKey.Slug(labelFr!), values.Select(v => v.Code));
        values.Add(new PicklistValueLayout { Code = code, LabelFr = labelFr!.Trim(), LabelEn = labelEn?.Trim() ?? "" });
        return LayoutResult.Done(code, new LayoutChange("value.added", fieldKey, field.Label, [new("value", null, labelFr.Trim())]));
    }

    public LayoutResult ChangeValue(string fieldKey, string code, PicklistValueChangeRequest request)
    {
        if (Picklist(fieldKey) is not { } field) return LayoutResult.NotFound();
        var values = EditableValues(field);
        var value = values.FirstOrDefault(v => v.Code == code);
        if (value is null) return LayoutResult.NotFound();
        var errors = new Errors();
        if (request.LabelFr is not null || request.LabelEn is not null)
            CheckValueLabel(errors, field, request.LabelFr ?? value.LabelFr, request.LabelEn, exceptCode: code);
        if (request.Position is < 0) errors.Add("position", Texts.T("La position commence à 0."));
        if (request.Retired == true && field.Mandatory && values.Count(v => !v.Retired) == 1 && !value.Retired)
            errors.Add("retired", Texts.T("« {0} » est obligatoire : gardez au moins une valeur.", field.Label));
        if (errors.Any) return LayoutResult.Invalid(errors.ByField);

        var details = new List<ChangeDetail>();
        if (request.LabelFr is not null && request.LabelFr.Trim() != value.LabelFr)
            details.Add(new("value.label.fr", value.LabelFr, value.LabelFr = request.LabelFr.Trim()));
        if (request.LabelEn is not null && request.LabelEn.Trim() != (value.LabelEn ?? ""))
            details.Add(new("value.label.en", value.LabelEn, value.LabelEn = request.LabelEn.Trim()));
        if (request.Retired is bool retired && retired != value.Retired)
        {
            details.Add(new("value.retired", Bool(value.Retired), Bool(retired)));
            value.Retired = retired;
        }
        if (request.Position is int position && values.IndexOf(value) != Math.Clamp(position, 0, values.Count - 1))
        {
            details.Add(new("value.position", Num(values.IndexOf(value)), Num(Math.Clamp(position, 0, values.Count - 1))));
            values.Remove(value);
            values.Insert(Math.Clamp(position, 0, values.Count), value);
        }
        var action = request.Retired == true ? "value.retired" : "value.changed";
        return LayoutResult.Done(code, new LayoutChange(action, fieldKey, field.Label,
            [new("value", null, value.LabelFr), .. details]));
    }

    private FieldDefinition? Picklist(string fieldKey) =>
        Current.FindField(fieldKey) is { Type.HasValues: true } field ? field : null;

    /// <summary>The stored list, copied from the built-in one the first time an administrator edits it.</summary>
    private List<PicklistValueLayout> EditableValues(FieldDefinition field)
    {
        var layout = document.FieldFor(field.Key);
        return layout.Values ??= field.PicklistValues
            .Select(v => new PicklistValueLayout { Code = v.Code, LabelFr = v.Label.Fr, LabelEn = v.Label.En, Retired = v.Retired })
            .ToList();
    }

    private static void CheckValueLabel(Errors errors, FieldDefinition field, string? fr, string? en, string? exceptCode)
    {
        if (string.IsNullOrWhiteSpace(fr)) errors.Add("label", Texts.T("Chaque valeur a besoin d'un libellé en français."));
        else if (fr.Trim().Length > MaxValueLabel || en?.Trim().Length > MaxValueLabel)
            errors.Add("label", Texts.T("Une valeur ne doit pas dépasser {0} caractères.", MaxValueLabel));
        else if (field.PicklistValues.Any(v => v.Code != exceptCode && string.Equals(v.Label.Fr, fr.Trim(), StringComparison.OrdinalIgnoreCase)))
            errors.Add("label", Texts.T("La valeur « {0} » est en double.", fr.Trim()));
    }
}
