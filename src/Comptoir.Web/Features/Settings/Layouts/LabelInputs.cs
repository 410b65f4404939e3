namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// A French and an English input for one label or help text (names <c>{Name}</c> and <c>{Name}En</c>),
/// the error tied to the French one. Shared by the block, field and new-field forms.
/// </summary>
public sealed record LabelInputs(string Name, string? Fr, string? En, string? Error, int MaxLength, bool Multiline = false, string? Help = null)
{
    public const string View = "/Features/Settings/Layouts/_LabelInputs.cshtml";
}
