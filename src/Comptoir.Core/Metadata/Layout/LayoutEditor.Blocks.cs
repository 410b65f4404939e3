namespace Comptoir.Core.Metadata.Layout;

/// <summary>Blocks: add a custom one, rename, reorder, collapse by default, delete a custom one once empty.</summary>
public sealed partial class LayoutEditor
{
    public LayoutResult AddBlock(string? labelFr, string? labelEn, bool collapsed)
    {
        var errors = new Errors();
        CheckBlockLabel(errors, labelFr, labelEn, exceptKey: null);
        if (errors.Any) return LayoutResult.Invalid(errors.ByField);
        var module = Current;
        var key = CustomFieldKey.Unique("bloc_" + CustomFieldKey.Slug(labelFr!), module.Blocks.Select(b => b.Key).Concat(document.RetiredKeys));
        document.Blocks.Add(new BlockLayout
        {
            Key = key, Custom = true, LabelFr = labelFr!.Trim(), LabelEn = labelEn?.Trim() ?? "",
            Position = module.Blocks.Count, Collapsed = collapsed,
        });
        return LayoutResult.Done(key, new LayoutChange("block.added", key, new(labelFr.Trim(), labelEn?.Trim() ?? ""), []));
    }

    public LayoutResult ChangeBlock(string key, BlockChangeRequest request)
    {
        var before = Current.Blocks.FirstOrDefault(b => b.Key == key);
        if (before is null) return LayoutResult.NotFound();
        var errors = new Errors();
        if (request.LabelFr is not null || request.LabelEn is not null)
            CheckBlockLabel(errors, request.LabelFr ?? before.Label.Fr, request.LabelEn, exceptKey: key);
        if (request.Position is < 0) errors.Add("position", Texts.T("La position commence à 0."));
        if (errors.Any) return LayoutResult.Invalid(errors.ByField);

        var layout = document.BlockFor(key);
        if (request.LabelFr is not null) layout.LabelFr = request.LabelFr.Trim();
        if (request.LabelEn is not null) layout.LabelEn = request.LabelEn.Trim();
        if (request.Collapsed is not null) layout.Collapsed = request.Collapsed;
        if (request.Position is int position)
        {
            var order = Current.OrderedBlocks.Where(b => b.Key != key).Select(b => b.Key).ToList();
            order.Insert(Math.Clamp(position, 0, order.Count), key);
            for (var i = 0; i < order.Count; i++) document.BlockFor(order[i]).Position = i;
        }
        var after = Current.Blocks.First(b => b.Key == key);
        var details = new List<ChangeDetail>();
        if (before.Label != after.Label) details.Add(new("label", before.Label.Fr, after.Label.Fr));
        if (before.Position != after.Position) details.Add(new("position", Num(before.Position), Num(after.Position)));
        if (before.Collapsed != after.Collapsed) details.Add(new("collapsed", Bool(before.Collapsed), Bool(after.Collapsed)));
        return LayoutResult.Done(key, new LayoutChange("block.changed", key, after.Label, details));
    }

    public LayoutResult DeleteBlock(string key)
    {
        var block = Current.Blocks.FirstOrDefault(b => b.Key == key);
        if (block is null) return LayoutResult.NotFound();
        if (!block.Custom) return LayoutResult.Refused(Texts.T("« {0} » est un bloc standard : il ne peut pas être supprimé.", block.Label));
        var held = Current.Fields.Count(f => f.Block == key);
        if (held > 0) return LayoutResult.Refused(Texts.T("Le bloc « {0} » contient encore {1} champ(s) : déplacez-les d'abord.", block.Label, held));
        document.Blocks.RemoveAll(b => b.Key == key);
        document.RetiredKeys.Add(key);
        var order = Current.OrderedBlocks.Select(b => b.Key).ToList();
        for (var i = 0; i < order.Count; i++) document.BlockFor(order[i]).Position = i;
        return LayoutResult.Done(key, new LayoutChange("block.deleted", key, block.Label, []));
    }

    private void CheckBlockLabel(Errors errors, string? fr, string? en, string? exceptKey)
    {
        if (string.IsNullOrWhiteSpace(fr)) errors.Add("label", Texts.T("Le libellé en français est obligatoire."));
        else if (fr.Trim().Length > MaxLabel || en?.Trim().Length > MaxLabel)
            errors.Add("label", Texts.T("Un libellé ne doit pas dépasser {0} caractères.", MaxLabel));
        else if (Current.Blocks.Any(b => b.Key != exceptKey && string.Equals(b.Label.Fr, fr.Trim(), StringComparison.OrdinalIgnoreCase)))
            errors.Add("label", Texts.T("Un bloc de ce module s'appelle déjà « {0} ».", fr.Trim()));
    }

    private static string Num(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
