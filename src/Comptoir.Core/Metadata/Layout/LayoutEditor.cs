namespace Comptoir.Core.Metadata.Layout;

/// <summary>
/// The layout manager's rules, applied to one module's stored document: what an administrator may
/// change, with a field-level message when not, and the history entry of what changed.
/// The caller stores the document only when the result is Done.
/// </summary>
public sealed partial class LayoutEditor(ModuleDefinition builtIn, LayoutDocument document, Func<string, bool> moduleExists)
{
    public const int MaxLabel = 60, MaxHelp = 500, MaxValueLabel = 100;

    /// <summary>The types an administrator may give a custom field.</summary>
    public static readonly IReadOnlyList<FieldType> CustomTypes =
    [
        FieldTypeCatalog.Text, FieldTypeCatalog.TextArea, FieldTypeCatalog.Integer, FieldTypeCatalog.Decimal,
        FieldTypeCatalog.Percent, FieldTypeCatalog.Currency, FieldTypeCatalog.Date, FieldTypeCatalog.DateAndTime,
        FieldTypeCatalog.Time, FieldTypeCatalog.Checkbox, FieldTypeCatalog.Email, FieldTypeCatalog.Phone,
        FieldTypeCatalog.Url, FieldTypeCatalog.Picklist, FieldTypeCatalog.MultiPicklist, FieldTypeCatalog.Reference,
    ];

    public LayoutDocument Document => document;
    public ModuleDefinition Current => LayoutComposer.Compose(builtIn, document);

    public LayoutResult AddField(NewFieldRequest request)
    {
        var errors = new Errors();
        var module = Current;
        var type = CustomTypes.FirstOrDefault(t => t.Name == request.Type);
        if (type is null)
            errors.Add("type", Texts.T("Type de champ inconnu. Types possibles : {0}.", string.Join(", ", CustomTypes.Select(t => t.Name))));
        CheckLabel(errors, "label", request.LabelFr, request.LabelEn, module, exceptKey: null);
        CheckHelp(errors, request.HelpFr, request.HelpEn);
        var block = request.Block ?? module.OrderedBlocks.First().Key;
        if (module.Blocks.All(b => b.Key != block)) errors.Add("block", Texts.T("Bloc inconnu : « {0} ».", block));
        if (type is not null)
        {
            CheckLength(errors, type, request.MaxLength);
            CheckDecimals(errors, type, request.Decimals);
            if (type.HasValues)
            {
                if (request.Values.Count == 0) errors.Add("values", Texts.T("Une liste a besoin d'au moins une valeur."));
                CheckValueLabels(errors, request.Values);
            }
            else if (request.Values.Count > 0) errors.Add("values", Texts.T("Seules les listes ont des valeurs."));
            if (type.RefersToModule && (request.ReferenceModule is null || !moduleExists(request.ReferenceModule)))
                errors.Add("referenceModule", Texts.T("Choisissez le module auquel ce champ fait référence."));
        }
        if (errors.Any) return LayoutResult.Invalid(errors.ByField);

        var key = CustomFieldKey.NewKey(request.LabelFr!, module.Fields.Select(f => f.Key).Concat(document.RetiredKeys));
        var layout = new FieldLayout
        {
            Key = key, Custom = true, Type = type!.Name, ReferenceModule = type.RefersToModule ? request.ReferenceModule : null,
            LabelFr = request.LabelFr!.Trim(), LabelEn = request.LabelEn?.Trim() ?? "",
            HelpFr = Blank(request.HelpFr), HelpEn = Blank(request.HelpEn),
            Block = block, Position = module.Fields.Where(f => f.Block == block).Select(f => f.Position + 1).DefaultIfEmpty(0).Max(),
            Mandatory = request.Mandatory, Active = true, QuickCreate = request.QuickCreate, Summary = request.Summary,
            ListColumn = request.ListColumn, ListPosition = request.ListColumn ? NextListPosition(module) : 0,
            MaxLength = type.HasLength ? request.MaxLength ?? type.DefaultMaxLength : null,
            Decimals = type.HasDecimals ? request.Decimals ?? 2 : null,
            Values = request.Values.Count == 0 ? null : NewValues(request.Values),
        };
        document.Fields.Add(layout);
        if (!string.IsNullOrWhiteSpace(request.DefaultValue))
        {
            var field = Current.FindField(key)!;
            if (CheckDefault(field, request.DefaultValue) is { } error)
            {
                document.Fields.Remove(layout);
                errors.Add("defaultValue", error);
                return LayoutResult.Invalid(errors.ByField);
            }
            layout.DefaultValue = request.DefaultValue.Trim();
        }
        var added = Current.FindField(key)!;
        return LayoutResult.Done(key, new LayoutChange("field.added", key, added.Label,
        [
            new("type", null, type.Name), new("block", null, BlockLabel(block)),
            new("mandatory", null, Bool(added.Mandatory)),
        ]));
    }

    public LayoutResult ChangeField(string key, FieldChangeRequest request)
    {
        var before = Current.FindField(key);
        if (before is null) return LayoutResult.NotFound();
        var errors = new Errors();
        var system = before.MandatoryLocked;
        if (request.Mandatory == false && system && before.Mandatory)
            errors.Add("mandatory", Texts.T("« {0} » est un champ système : il reste obligatoire.", before.Label));
        if (request.Mandatory == true && before.ReadOnly)
            errors.Add("mandatory", Texts.T("« {0} » n'est jamais saisi : il ne peut pas être obligatoire.", before.Label));
        if (request.Active == false && system)
            errors.Add("active", Texts.T("« {0} » est un champ système : il ne peut pas être masqué.", before.Label));
        if (request.LabelFr is not null || request.LabelEn is not null)
            CheckLabel(errors, "label", request.LabelFr ?? before.Label.Fr, request.LabelEn, Current, exceptKey: key);
        CheckHelp(errors, request.HelpFr, request.HelpEn);
        if (request.Block is not null && Current.Blocks.All(b => b.Key != request.Block))
            errors.Add("block", Texts.T("Bloc inconnu : « {0} ».", request.Block));
        if (request.Position is < 0) errors.Add("position", Texts.T("La position commence à 0."));
        if (request.ListPosition is < 0) errors.Add("listPosition", Texts.T("La position commence à 0."));
        if ((request.MaxLength is not null || request.Decimals is not null) && !before.Storage.IsCustom)
            errors.Add(request.MaxLength is not null ? "maxLength" : "decimals",
                Texts.T("La longueur et les décimales d'un champ standard suivent sa colonne : elles ne se changent pas."));
        else
        {
            if (request.MaxLength is not null) CheckLength(errors, before.Type, request.MaxLength);
            if (request.Decimals is not null) CheckDecimals(errors, before.Type, request.Decimals);
        }
        if (request.DefaultValue is { Length: > 0 } text && CheckDefault(before, text) is { } defaultError)
            errors.Add("defaultValue", defaultError);
        if (errors.Any) return LayoutResult.Invalid(errors.ByField);

        var layout = document.FieldFor(key);
        if (request.LabelFr is not null) layout.LabelFr = request.LabelFr.Trim();
        if (request.LabelEn is not null) layout.LabelEn = request.LabelEn.Trim();
        if (request.HelpFr is not null) layout.HelpFr = request.HelpFr.Trim();
        if (request.HelpEn is not null) layout.HelpEn = request.HelpEn.Trim();
        if (request.Mandatory is not null) layout.Mandatory = request.Mandatory;
        if (request.Active is not null) layout.Active = request.Active;
        if (request.QuickCreate is not null) layout.QuickCreate = request.QuickCreate;
        if (request.Summary is not null) layout.Summary = request.Summary;
        if (request.MaxLength is not null) layout.MaxLength = request.MaxLength;
        if (request.Decimals is not null) layout.Decimals = request.Decimals;
        if (request.DefaultValue is not null) layout.DefaultValue = request.DefaultValue.Trim();
        if (request.ListColumn is not null || request.ListPosition is not null) MoveListColumn(before, request);
        if (request.Block is not null || request.Position is not null)
            MoveField(before, request.Block ?? before.Block, request.Position ?? int.MaxValue);

        var after = Current.FindField(key)!;
        var details = Diff(before, after);
        return LayoutResult.Done(key, new LayoutChange("field.changed", key, after.Label, details));
    }

    /// <summary>Custom fields only; the caller removes the stored values.</summary>
    public LayoutResult DeleteField(string key)
    {
        var field = Current.FindField(key);
        if (field is null) return LayoutResult.NotFound();
        if (!field.Storage.IsCustom)
            return LayoutResult.Refused(Texts.T("« {0} » est un champ standard : il peut être désactivé, pas supprimé.", field.Label));
        document.Fields.RemoveAll(f => f.Key == key);
        document.RetiredKeys.Add(key);
        return LayoutResult.Done(key, new LayoutChange("field.deleted", key, field.Label, [new("type", field.Type.Name, null)]));
    }

    private void MoveField(FieldDefinition field, string block, int position)
    {
        var module = Current;
        var target = module.Fields.Where(f => f.Block == block && f.Key != field.Key).OrderBy(f => f.Position).Select(f => f.Key).ToList();
        target.Insert(Math.Clamp(position, 0, target.Count), field.Key);
        for (var i = 0; i < target.Count; i++)
        {
            var layout = document.FieldFor(target[i]);
            layout.Block = block;
            layout.Position = i;
        }
        if (field.Block == block) return;
        var source = module.Fields.Where(f => f.Block == field.Block && f.Key != field.Key).OrderBy(f => f.Position).ToList();
        for (var i = 0; i < source.Count; i++) document.FieldFor(source[i].Key).Position = i;
    }

    private void MoveListColumn(FieldDefinition field, FieldChangeRequest request)
    {
        var columns = Current.ListColumns.Where(f => f.Key != field.Key).Select(f => f.Key).ToList();
        var show = request.ListColumn ?? field.ListColumn;
        if (show)
        {
            var at = request.ListPosition ?? (field.ListColumn ? Current.ListColumns.ToList().FindIndex(f => f.Key == field.Key) : columns.Count);
            columns.Insert(Math.Clamp(at, 0, columns.Count), field.Key);
        }
        document.FieldFor(field.Key).ListColumn = show;
        for (var i = 0; i < columns.Count; i++)
        {
            var layout = document.FieldFor(columns[i]);
            layout.ListColumn = true;
            layout.ListPosition = i + 1;
        }
    }

    private static int NextListPosition(ModuleDefinition module) =>
        module.ListColumns.Select(f => f.ListPosition).DefaultIfEmpty(0).Max() + 1;

    private string BlockLabel(string key) => Current.Blocks.FirstOrDefault(b => b.Key == key)?.Label.Fr ?? key;

    private static string Bool(bool value) => value ? "true" : "false";
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
