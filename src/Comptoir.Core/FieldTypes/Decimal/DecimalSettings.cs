using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.FieldTypes;

/// <summary>Décimal (and currency, percent): the places kept, 2 to 5; the type's default when unset.</summary>
public sealed record DecimalSettings(int? Decimals) : FieldSettings
{
    public static readonly DecimalSettings Default = new((int?)null);

    public override FieldSettings Overlay(FieldLayout layout) =>
        layout.Decimals is null ? this : this with { Decimals = layout.Decimals };
}
