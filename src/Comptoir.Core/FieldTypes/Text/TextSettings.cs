using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.FieldTypes;

/// <summary>Text-like types (text, textarea, email, url): the most characters a value may have, or no limit.</summary>
public sealed record TextSettings(int? MaxLength) : FieldSettings
{
    public static readonly TextSettings Unlimited = new((int?)null);

    public override FieldSettings Overlay(FieldLayout layout) =>
        layout.MaxLength is null ? this : this with { MaxLength = layout.MaxLength };
}
