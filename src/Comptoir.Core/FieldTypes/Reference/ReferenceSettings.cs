using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.FieldTypes;

/// <summary>Reference: the module whose records the field points at.</summary>
public sealed record ReferenceSettings(string? Module) : FieldSettings
{
    public static readonly ReferenceSettings Unset = new((string?)null);

    public override FieldSettings Overlay(FieldLayout layout) =>
        layout.ReferenceModule is null ? this : new ReferenceSettings(layout.ReferenceModule);
}
