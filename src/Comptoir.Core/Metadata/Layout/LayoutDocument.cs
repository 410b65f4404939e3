namespace Comptoir.Core.Metadata.Layout;

/// <summary>
/// What an administrator changed in one module's layout, stored as one JSON document per module.
/// Built-in blocks and fields keep their definitions in code: only the properties set here
/// override them, so a new release's built-in fields still appear under a stored layout.
/// </summary>
public sealed class LayoutDocument
{
    public List<BlockLayout> Blocks { get; set; } = [];
    public List<FieldLayout> Fields { get; set; } = [];
    /// <summary>Keys of deleted custom fields: never given again, so an old value can never be misread.</summary>
    public List<string> RetiredKeys { get; set; } = [];

    public FieldLayout FieldFor(string key)
    {
        var found = Fields.FirstOrDefault(f => f.Key == key);
        if (found is null) Fields.Add(found = new FieldLayout { Key = key });
        return found;
    }

    public BlockLayout BlockFor(string key)
    {
        var found = Blocks.FirstOrDefault(b => b.Key == key);
        if (found is null) Blocks.Add(found = new BlockLayout { Key = key });
        return found;
    }
}

/// <summary>A built-in block's overrides, or a whole custom block.</summary>
public sealed class BlockLayout
{
    public required string Key { get; set; }
    public bool Custom { get; set; }
    public string? LabelFr { get; set; }
    public string? LabelEn { get; set; }
    public int? Position { get; set; }
    public bool? Collapsed { get; set; }
}

/// <summary>A built-in field's overrides, or a whole custom field (Custom, Type set).</summary>
public sealed class FieldLayout
{
    public required string Key { get; set; }
    public bool Custom { get; set; }
    /// <summary>Field type name ("text", "picklist"…) of a custom field.</summary>
    public string? Type { get; set; }
    public string? ReferenceModule { get; set; }
    public string? LabelFr { get; set; }
    public string? LabelEn { get; set; }
    public string? HelpFr { get; set; }
    public string? HelpEn { get; set; }
    public string? Block { get; set; }
    public int? Position { get; set; }
    public bool? Mandatory { get; set; }
    public bool? Active { get; set; }
    public bool? QuickCreate { get; set; }
    public bool? Summary { get; set; }
    public bool? ListColumn { get; set; }
    public int? ListPosition { get; set; }
    public int? MaxLength { get; set; }
    public int? Decimals { get; set; }
    /// <summary>Empty string clears a built-in default; null keeps it.</summary>
    public string? DefaultValue { get; set; }
    /// <summary>The whole list once an administrator edited it (codes never change, labels may).</summary>
    public List<PicklistValueLayout>? Values { get; set; }
}

public sealed class PicklistValueLayout
{
    public required string Code { get; set; }
    public required string LabelFr { get; set; }
    public string? LabelEn { get; set; }
    public bool Retired { get; set; }
}
