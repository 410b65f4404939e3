using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.FieldTypes;

/// <summary>
/// What a field of one type is set up with beyond what every field has: a text's maximum length, a
/// Décimal's places, a list's values, a reference's module. Each type names its record in its own
/// folder (<see cref="FieldType.DefaultSettings"/>). A stored layout keeps them as the flat properties of
/// <see cref="FieldLayout"/>, so documents written before these records existed load unchanged.
/// </summary>
public abstract record FieldSettings
{
    public static readonly FieldSettings None = new NoSettings();

    /// <summary>These settings with what an administrator stored for the field laid over them.</summary>
    public virtual FieldSettings Overlay(FieldLayout layout) => this;

    private sealed record NoSettings : FieldSettings;
}
