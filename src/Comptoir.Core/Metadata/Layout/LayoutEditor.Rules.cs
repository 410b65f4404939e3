namespace Comptoir.Core.Metadata.Layout;

/// <summary>The checks shared by the layout operations, and the diff written to the history.</summary>
public sealed partial class LayoutEditor
{
    private sealed class Errors
    {
        public Dictionary<string, List<string>> ByField { get; } = new(StringComparer.Ordinal);
        public bool Any => ByField.Count > 0;

        public void Add(string key, string message)
        {
            if (!ByField.TryGetValue(key, out var list)) ByField[key] = list = [];
            list.Add(message);
        }
    }

    private static void CheckLabel(Errors errors, string key, string? fr, string? en, ModuleDefinition module, string? exceptKey)
    {
        if (string.IsNullOrWhiteSpace(fr)) errors.Add(key, Texts.T("Le libellé en français est obligatoire."));
        else if (fr.Trim().Length > MaxLabel || en?.Trim().Length > MaxLabel)
            errors.Add(key, Texts.T("Un libellé ne doit pas dépasser {0} caractères.", MaxLabel));
        else if (module.ActiveFields.Any(f => f.Key != exceptKey && string.Equals(f.Label.Fr, fr.Trim(), StringComparison.OrdinalIgnoreCase)))
            errors.Add(key, Texts.T("Un champ de ce module s'appelle déjà « {0} ».", fr.Trim()));
    }

    private static void CheckHelp(Errors errors, string? fr, string? en)
    {
        if (fr?.Length > MaxHelp || en?.Length > MaxHelp)
            errors.Add("helpText", Texts.T("Le texte d'aide ne doit pas dépasser {0} caractères.", MaxHelp));
    }

    private static void CheckLength(Errors errors, FieldType type, int? maxLength)
    {
        if (maxLength is null) return;
        if (!type.HasLength) errors.Add("maxLength", Texts.T("Ce type de champ n'a pas de longueur."));
        else if (maxLength < 1 || maxLength > type.MaxLengthLimit)
            errors.Add("maxLength", Texts.T("La longueur va de 1 à {0} caractères.", type.MaxLengthLimit));
    }

    private static void CheckDecimals(Errors errors, FieldType type, int? decimals)
    {
        if (decimals is null) return;
        if (!type.HasDecimals) errors.Add("decimals", Texts.T("Seul un champ Décimal a un nombre de décimales."));
        else if (decimals is < 2 or > 5) errors.Add("decimals", Texts.T("Un champ Décimal garde de 2 à 5 décimales."));
    }

    private static void CheckValueLabels(Errors errors, IReadOnlyList<LocalizedText> values)
    {
        if (values.Any(v => string.IsNullOrWhiteSpace(v.Fr)))
            errors.Add("values", Texts.T("Chaque valeur a besoin d'un libellé en français."));
        else if (values.Any(v => v.Fr.Trim().Length > MaxValueLabel || v.En.Trim().Length > MaxValueLabel))
            errors.Add("values", Texts.T("Une valeur ne doit pas dépasser {0} caractères.", MaxValueLabel));
        else if (values.GroupBy(v => v.Fr.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors.Add("values", Texts.T("La valeur « {0} » est en double.", twice.Key));
    }

    private static List<PicklistValueLayout> NewValues(IReadOnlyList<LocalizedText> labels)
    {
        var values = new List<PicklistValueLayout>();
        foreach (var label in labels)
            values.Add(new PicklistValueLayout
            {
                Code = CustomFieldKey.Unique(CustomFieldKey.Slug(label.Fr), values.Select(v => v.Code)),
                LabelFr = label.Fr.Trim(), LabelEn = label.En.Trim(),
            });
        return values;
    }

    /// <summary>A default value must be one the field itself would accept.</summary>
    private static string? CheckDefault(FieldDefinition field, string text)
    {
        if (field.Type.DefaultValueRefusal is { } refusal) return refusal;
        if (field.Type.HasLength && field.MaxLength is int max && text.Trim().Length > max)
            return Texts.T("« {0} » ne doit pas dépasser {1} caractères ({2} saisis).", field.Label, max, text.Trim().Length);
        var parsed = field.Type.Parse(field, text.Trim());
        return parsed.IsValid ? null : parsed.Error;
    }

    private static List<ChangeDetail> Diff(FieldDefinition before, FieldDefinition after)
    {
        var details = new List<ChangeDetail>();
        void Compare(string property, string? old, string? now)
        {
            if (!string.Equals(old, now, StringComparison.Ordinal)) details.Add(new(property, old, now));
        }
        Compare("label.fr", before.Label.Fr, after.Label.Fr);
        Compare("label.en", before.Label.En, after.Label.En);
        Compare("help.fr", before.HelpText?.Fr, after.HelpText?.Fr);
        Compare("help.en", before.HelpText?.En, after.HelpText?.En);
        Compare("block", before.Block, after.Block);
        Compare("position", before.Position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after.Position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("mandatory", Bool(before.Mandatory), Bool(after.Mandatory));
        Compare("active", Bool(before.Active), Bool(after.Active));
        Compare("quickCreate", Bool(before.QuickCreate), Bool(after.QuickCreate));
        Compare("summary", Bool(before.Summary), Bool(after.Summary));
        Compare("listColumn", Bool(before.ListColumn), Bool(after.ListColumn));
        Compare("maxLength", before.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("decimals", before.Decimals?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            after.Decimals?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Compare("defaultValue", before.DefaultValue, after.DefaultValue);
        return details;
    }
}
