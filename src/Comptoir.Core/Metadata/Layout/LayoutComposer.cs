namespace Comptoir.Core.Metadata.Layout;

/// <summary>Lays a stored layout over a module's built-in definition: the module every request sees.</summary>
public static class LayoutComposer
{
    public static ModuleDefinition Compose(ModuleDefinition builtIn, LayoutDocument? layout)
    {
        if (layout is null || (layout.Blocks.Count == 0 && layout.Fields.Count == 0)) return builtIn;

        var blocks = builtIn.Blocks.Select(b => Apply(b, layout.Blocks.FirstOrDefault(o => o.Key == b.Key))).ToList();
        blocks.AddRange(layout.Blocks.Where(b => b.Custom && blocks.All(x => x.Key != b.Key)).Select(b => new BlockDefinition
        {
            Key = b.Key, Custom = true, Label = new(b.LabelFr ?? b.Key, b.LabelEn ?? ""),
            Position = b.Position ?? int.MaxValue, Collapsed = b.Collapsed ?? false,
        }));

        var fields = builtIn.Fields.Select(f => Apply(f, layout.Fields.FirstOrDefault(o => o.Key == f.Key))).ToList();
        foreach (var custom in layout.Fields.Where(f => f.Custom && fields.All(x => x.Key != f.Key)))
            if (FieldTypeCatalog.Find(custom.Type ?? "") is { } type)
                fields.Add(Apply(new FieldDefinition
                {
                    Key = custom.Key, Label = new(custom.Key, ""), Type = type, Block = blocks[0].Key,
                    Position = int.MaxValue, Storage = FieldStorage.Custom,
                }, custom));

        // A field whose block was deleted would vanish from every form: it falls back to the first block.
        var blockKeys = blocks.Select(b => b.Key).ToHashSet();
        fields = fields.Select(f => blockKeys.Contains(f.Block) ? f : f with { Block = blocks[0].Key }).ToList();

        return builtIn with { Blocks = Renumber(blocks), Fields = fields };
    }

    private static List<BlockDefinition> Renumber(List<BlockDefinition> blocks) =>
        blocks.OrderBy(b => b.Position).Select((b, i) => b with { Position = i }).ToList();

    private static BlockDefinition Apply(BlockDefinition block, BlockLayout? o) => o is null ? block : block with
    {
        Label = new(o.LabelFr ?? block.Label.Fr, o.LabelEn ?? block.Label.En),
        Position = o.Position ?? block.Position,
        Collapsed = o.Collapsed ?? block.Collapsed,
    };

    private static FieldDefinition Apply(FieldDefinition field, FieldLayout? o)
    {
        if (o is null) return field;
        var system = field.MandatoryLocked;
        return field with
        {
            Label = new(o.LabelFr ?? field.Label.Fr, o.LabelEn ?? field.Label.En),
            HelpText = o.HelpFr is null && o.HelpEn is null ? field.HelpText
                : string.IsNullOrEmpty(o.HelpFr) && string.IsNullOrEmpty(o.HelpEn) ? null
                : new LocalizedText(o.HelpFr ?? field.HelpText?.Fr ?? "", o.HelpEn ?? field.HelpText?.En ?? ""),
            Block = o.Block ?? field.Block,
            Position = o.Position ?? field.Position,
            // A system field stays mandatory and visible whatever a stored document says.
            Mandatory = system ? field.Mandatory : o.Mandatory ?? field.Mandatory,
            Active = system || (o.Active ?? field.Active),
            QuickCreate = o.QuickCreate ?? field.QuickCreate,
            Summary = o.Summary ?? field.Summary,
            ListColumn = o.ListColumn ?? field.ListColumn,
            ListPosition = o.ListPosition ?? field.ListPosition,
            DefaultValue = o.DefaultValue is null ? field.DefaultValue : o.DefaultValue.Length == 0 ? null : o.DefaultValue,
            // Each type's settings read what is theirs (max length, decimals, values, module).
            Settings = field.Settings.Overlay(o),
        };
    }
}
