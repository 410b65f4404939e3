using Comptoir.Core.Metadata.Layout;

namespace Comptoir.Core.FieldTypes;

/// <summary>Picklist and multiple choice: the values offered, in order (codes never change, labels may).</summary>
public sealed record PicklistSettings(IReadOnlyList<PicklistValue> Values) : FieldSettings
{
    public static readonly PicklistSettings Empty = new([]);

    /// <summary>Once an administrator edited the list, the stored document holds all of it.</summary>
    public override FieldSettings Overlay(FieldLayout layout) =>
        layout.Values is null ? this
            : new PicklistSettings(layout.Values.Select(v => new PicklistValue(v.Code, new LocalizedText(v.LabelFr, v.LabelEn ?? ""), v.Retired)).ToList());
}
