namespace Comptoir.Core.Metadata;

/// <summary>
/// The sentences of the record pages that name the module (« Ajouter un compte client »); each one left
/// unset reads as the pages' generic sentence (« Ajouter », « Aucun enregistrement »…).
/// </summary>
public sealed record ModuleTexts
{
    /// <summary>The list's « Ajouter » button and the new record's title: « Ajouter un compte client ».</summary>
    public LocalizedText? Add { get; init; }
    /// <summary>The list when it holds nothing yet: « Aucun compte client ».</summary>
    public LocalizedText? None { get; init; }
    /// <summary>What the list's search box finds: « Nom, numéro, SIRET ou email ».</summary>
    public LocalizedText? SearchHint { get; init; }
    /// <summary>The list when its filters match nothing: « Aucun compte client ne correspond à ces filtres. »</summary>
    public LocalizedText? NoFilterMatch { get; init; }
    /// <summary>The link back from a search or filters that match nothing: « Voir tous les comptes clients ».</summary>
    public LocalizedText? SeeAll { get; init; }
    /// <summary>The message once a record is created; {0} is its title, {1} its number: « Compte client « {0} » créé ({1}). »</summary>
    public LocalizedText? Created { get; init; }
    /// <summary>The edit form when someone else saved the record meanwhile: « Ce compte a été modifié par quelqu'un d'autre… »</summary>
    public LocalizedText? Changed { get; init; }
    /// <summary>The name of a record's tabs for screen readers: « Onglets du compte client ».</summary>
    public LocalizedText? Tabs { get; init; }
    /// <summary>The title of « Supprimer »'s dialog: « Supprimer ce contact ? »</summary>
    public LocalizedText? DeleteQuestion { get; init; }
    /// <summary>What the dialog says of a record going to the recycle bin; {0} is its title, {1} its number.</summary>
    public LocalizedText? DeleteNotice { get; init; }
    /// <summary>The message once a record is deleted; {0} is its title: « Contact « {0} » supprimé. »</summary>
    public LocalizedText? Deleted { get; init; }
}
