namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// How the layout pages name what the model names by code: field types, history actions and the
/// properties a change touched. One place, so the page, the history and the add form agree.
/// </summary>
public static class LayoutNames
{
    public static string TypeName(string typeName) => typeName switch
    {
        "text" => LayoutText.T("Texte"),
        "textarea" => LayoutText.T("Zone de texte"),
        "integer" => LayoutText.T("Entier"),
        "decimal" => LayoutText.T("Décimal"),
        "percent" => LayoutText.T("Pourcentage"),
        "currency" => LayoutText.T("Monétaire"),
        "date" => LayoutText.T("Date"),
        "datetime" => LayoutText.T("Date et heure"),
        "time" => LayoutText.T("Heure"),
        "checkbox" => LayoutText.T("Case à cocher"),
        "email" => LayoutText.T("Email"),
        "phone" => LayoutText.T("Téléphone"),
        "url" => LayoutText.T("URL"),
        "picklist" => LayoutText.T("Liste déroulante"),
        "multipicklist" => LayoutText.T("Liste à choix multiples"),
        "reference" => LayoutText.T("Référence"),
        "owner" => LayoutText.T("Utilisateur ou équipe"),
        "siret" => LayoutText.T("SIRET"),
        _ => typeName,
    };

    public static string TypeName(FieldType type) => TypeName(type.Name);

    public static string Action(string action) => action switch
    {
        "field.added" => LayoutText.T("Champ ajouté"),
        "field.changed" => LayoutText.T("Champ modifié"),
        "field.deleted" => LayoutText.T("Champ supprimé"),
        "block.added" => LayoutText.T("Bloc ajouté"),
        "block.changed" => LayoutText.T("Bloc modifié"),
        "block.deleted" => LayoutText.T("Bloc supprimé"),
        "value.added" => LayoutText.T("Valeur ajoutée"),
        "value.changed" => LayoutText.T("Valeur modifiée"),
        "value.retired" => LayoutText.T("Valeur retirée"),
        _ => action,
    };

    public static string Property(string property) => property switch
    {
        "label" => LayoutText.T("Libellé"),
        "label.fr" => LayoutText.T("Libellé en français"),
        "label.en" => LayoutText.T("Libellé en anglais"),
        "help.fr" => LayoutText.T("Aide en français"),
        "help.en" => LayoutText.T("Aide en anglais"),
        "type" => LayoutText.T("Type"),
        "block" => LayoutText.T("Bloc"),
        "position" => LayoutText.T("Position"),
        "mandatory" => LayoutText.T("Obligatoire"),
        "active" => LayoutText.T("Actif"),
        "quickCreate" => LayoutText.T("Création rapide"),
        "summary" => LayoutText.T("Résumé"),
        "listColumn" => LayoutText.T("Colonne de liste"),
        "maxLength" => LayoutText.T("Longueur"),
        "decimals" => LayoutText.T("Décimales"),
        "defaultValue" => LayoutText.T("Valeur par défaut"),
        "collapsed" => LayoutText.T("Replié par défaut"),
        "value" => LayoutText.T("Valeur"),
        "value.label.fr" => LayoutText.T("Libellé en français"),
        "value.label.en" => LayoutText.T("Libellé en anglais"),
        "value.retired" => LayoutText.T("Retirée"),
        "value.position" => LayoutText.T("Position"),
        _ => property,
    };

    /// <summary>A stored value of the history as a reader wants it: Oui/Non, a type's name, a block's label, positions from 1.</summary>
    public static string? Value(string property, string? stored, ModuleDefinition? module)
    {
        if (stored is null) return null;
        return property switch
        {
            "mandatory" or "active" or "quickCreate" or "summary" or "listColumn" or "collapsed" or "value.retired" =>
                stored == "true" ? LayoutText.T("Oui") : LayoutText.T("Non"),
            "type" => TypeName(stored),
            "block" => module?.Blocks.FirstOrDefault(b => b.Key == stored)?.Label.ToString() ?? stored,
            "position" or "value.position" when int.TryParse(stored, NumberStyles.Integer, CultureInfo.InvariantCulture, out var at) =>
                (at + 1).ToString(CultureInfo.CurrentCulture),
            _ => stored,
        };
    }

    /// <summary>A history time in Paris, as the French users who read it live it.</summary>
    public static string ParisTime(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DateTimeFieldType.Paris)
            .ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Subject(LayoutChangeRecord change) =>
        new Core.Localization.LocalizedText(change.SubjectFr, change.SubjectEn).ToString();
}
