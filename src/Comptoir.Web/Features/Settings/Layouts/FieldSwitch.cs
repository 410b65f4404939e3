namespace Comptoir.Web.Features.Settings.Layouts;

/// <summary>
/// One on/off property of a field (mandatory, active…). A locked one is shown disabled with a lock
/// and « Champ système »: the browser does not post it and the model would refuse it anyway.
/// </summary>
public sealed record FieldSwitch(string Name, string Label, bool Checked, bool Locked = false, string? Help = null, string? LockText = null)
{
    public const string View = "/Features/Settings/Layouts/_FieldSwitch.cshtml";
}
