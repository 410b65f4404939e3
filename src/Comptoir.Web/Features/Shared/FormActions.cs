namespace Comptoir.Web.Features.Shared;

/// <summary>
/// A long form's « Enregistrer » and « Annuler » (_FormActions.cshtml): once above its first field, and once
/// below its last, <see cref="Sticky"/>, kept at the bottom of the screen while the form scrolls past.
/// </summary>
public sealed record FormActions(string SaveLabel, string CancelLabel, string CancelUrl, bool Sticky = false);
