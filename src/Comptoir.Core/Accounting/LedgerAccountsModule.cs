using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Accounting;

/// <summary>« Comptes comptables »: the ledger accounts customers are booked under.</summary>
public static class LedgerAccountsModule
{
    public const string Name = "ledger-accounts";
    public const string Details = "details", DescriptionBlock = "description";
    public const string DefaultCollectiveAccount = "411000";

    public static IReadOnlyList<PicklistValue> Kinds { get; } =
    [
        new("customer", new("Client", "Customer")),
        new("supplier", new("Fournisseur", "Supplier")),
        new("other", new("Autre", "Other")),
    ];

    public static ModuleDefinition Create()
    {
        var fields = new FieldListBuilder();
        fields.Add("code", "Code", "Code", Text, Details, max: 20, mandatory: true, locked: true, list: 1, quick: true, unique: true);
        fields.Add("label", "Libellé", "Label", Text, Details, max: 100, mandatory: true, locked: true, list: 2, quick: true,
            summary: true, sortColumn: "LabelKey");
        fields.Add("collectiveAccount", "Compte collectif", "Control account", Text, Details, max: 20, list: 3, quick: true,
            summary: true, defaultValue: DefaultCollectiveAccount);
        fields.Add("kind", "Type", "Type", Picklist, Details, list: 4, quick: true, summary: true, picklist: Kinds, defaultValue: "customer");
        fields.Add("active", "Actif", "Active", Checkbox, Details, summary: true, quick: true, defaultValue: "true");
        fields.Add("description", "Description", "Description", TextArea, DescriptionBlock, max: 10_000);

        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Comptes comptables", "Ledger accounts"),
            SingularLabel = new("Compte comptable", "Ledger account"),
            Texts = new()
            {
                Add = new("Ajouter un compte comptable", "Add a ledger account"),
                None = new("Aucun compte comptable", "No ledger accounts yet"),
                SearchHint = new("Code ou libellé", "Code or label"),
            },
            RecordType = typeof(LedgerAccount),
            TitleField = "code",
            SearchFields = ["code", "label"],
            GlobalSearch = true,
            TitleDetailField = "label",
            AddLabel = new("Ajouter un compte comptable", "Add a ledger account"),
            EmptyLabel = new("Aucun compte comptable", "No ledger accounts yet"),
            SearchHint = new("Code ou libellé", "Code or label"),
            ApiSingular = new("un compte comptable", "a ledger account"),
            Blocks =
            [
                new BlockDefinition { Key = Details, Label = new("Détails du compte comptable", "Ledger account details"), Position = 0 },
                new BlockDefinition { Key = DescriptionBlock, Label = new("Description", "Description"), Position = 1 },
            ],
            Fields = fields.Fields,
            BeforeSave = record =>
            {
                var ledger = (LedgerAccount)record;
                ledger.Code = ledger.Code.Trim().ToUpperInvariant();
                ledger.LabelKey = SearchKey.Fold(ledger.Label);
            },
        };
    }
}
