using Comptoir.Web.Features.Api;

namespace Comptoir.Web.Features.Metadata;

/// <summary>Both languages of a label; the plain "label" beside it is in the request's language.</summary>
public sealed record LabelsJson(string Fr, string En)
{
    public static LabelsJson From(LocalizedText text) => new(text.Fr, text.En);
}

public sealed record ModuleListJson(IReadOnlyList<ModuleSummaryJson> Modules);

public sealed record ModuleSummaryJson(string Name, string Label, LabelsJson Labels, string SingularLabel, string? NumberPrefix)
{
    public static ModuleSummaryJson From(ModuleDefinition m) =>
        new(m.Name, m.Label.ToString(), LabelsJson.From(m.Label), m.SingularLabel.ToString(), m.NumberPrefix);
}

public sealed record ModuleJson(
    string Name, string Label, LabelsJson Labels, string SingularLabel, LabelsJson SingularLabels, string? NumberPrefix,
    string TitleField, IReadOnlyList<BlockJson> Blocks, IReadOnlyList<FieldJson> Fields)
{
    public static ModuleJson From(ModuleDefinition m) => new(
        m.Name, m.Label.ToString(), LabelsJson.From(m.Label), m.SingularLabel.ToString(), LabelsJson.From(m.SingularLabel),
        m.NumberPrefix, m.TitleField,
        m.OrderedBlocks.Select(BlockJson.From).ToList(),
        m.Fields.OrderBy(f => m.Blocks.FirstOrDefault(b => b.Key == f.Block)?.Position ?? int.MaxValue).ThenBy(f => f.Position)
            .Select(FieldJson.From).ToList());
}

public sealed record BlockJson(string Key, string Label, LabelsJson Labels, int Position, bool Collapsed, bool Custom)
{
    public static BlockJson From(BlockDefinition b) => new(b.Key, b.Label.ToString(), LabelsJson.From(b.Label), b.Position, b.Collapsed, b.Custom);
}

public sealed record FieldJson(
    string Key, string Label, LabelsJson Labels, string Type, string Block, int Position,
    bool Mandatory, bool MandatoryLocked, bool ReadOnly, bool Active, int? MaxLength, int? Decimals,
    bool ListColumn, int ListPosition, bool Summary, bool QuickCreate, bool Sortable, bool Filterable, bool Custom,
    string? DefaultValue, string? HelpText, LabelsJson? HelpTexts, string? ReferenceModule, IReadOnlyList<PicklistValueJson> Values)
{
    public static FieldJson From(FieldDefinition f) => new(
        f.Key, f.Label.ToString(), LabelsJson.From(f.Label), f.Type.Name, f.Block, f.Position,
        f.Mandatory, f.MandatoryLocked, f.ReadOnly, f.Active, f.MaxLength, f.Decimals,
        f.ListColumn, f.ListPosition, f.Summary, f.QuickCreate, f.Sortable, ListQuery.Filterable(f), f.Storage.IsCustom,
        f.DefaultValue, f.HelpText?.ToString(), f.HelpText is null ? null : LabelsJson.From(f.HelpText), f.ReferenceModule,
        f.PicklistValues.Select(PicklistValueJson.From).ToList());
}

public sealed record PicklistValueJson(string Code, string Label, LabelsJson Labels, bool Retired)
{
    public static PicklistValueJson From(PicklistValue v) => new(v.Code, v.Label.ToString(), LabelsJson.From(v.Label), v.Retired);
}
