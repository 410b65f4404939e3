using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Pricing;

/// <summary>« Produits »: the catalogue that price lists price.</summary>
public static class ProductsModule
{
    public const string Name = "products";
    public const string Details = "details", DescriptionBlock = "description";

    /// <summary>French VAT rates; the code is the rate in percent, invariant culture.</summary>
    public static IReadOnlyList<PicklistValue> VatRates { get; } =
    [
        new("20", new("20 %", "20%")),
        new("10", new("10 %", "10%")),
        new("5.5", new("5,5 %", "5.5%")),
        new("2.1", new("2,1 %", "2.1%")),
        new("0", new("0 %", "0%")),
    ];

    public static decimal VatPercent(string code) =>
        decimal.TryParse(code, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) ? rate : 0m;

    public static ModuleDefinition Create()
    {
        var fields = new FieldListBuilder();
        fields.Add("code", "Référence", "Reference", Text, Details, max: 40, mandatory: true, locked: true, list: 1, quick: true, summary: true, unique: true);
        fields.Add("name", "Nom", "Name", Text, Details, max: 100, mandatory: true, locked: true, list: 2, quick: true, sortColumn: "NameKey");
        fields.Add("unit", "Unité", "Unit", Text, Details, max: 20, list: 3, summary: true);
        fields.Add("unitPrice", "Prix de vente HT", "Unit price (excl. tax)", Currency, Details, mandatory: true, locked: true,
            list: 4, quick: true, summary: true);
        fields.Add("vatRate", "Taux de TVA", "VAT rate", Picklist, Details, mandatory: true, quick: true, summary: true,
            picklist: VatRates, defaultValue: "20");
        fields.Add("active", "Actif", "Active", Checkbox, Details, summary: true, defaultValue: "true");
        fields.Add("description", "Description", "Description", TextArea, DescriptionBlock, max: 10_000);

        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Produits", "Products"),
            SingularLabel = new("Produit", "Product"),
            Texts = new()
            {
                Add = new("Ajouter un produit", "Add a product"),
                None = new("Aucun produit", "No products yet"),
                SearchHint = new("Référence ou nom", "Reference or name"),
            },
            RecordType = typeof(Product),
            TitleField = "name",
            SearchFields = ["code", "name"],
            GlobalSearch = true,
            AddLabel = new("Ajouter un produit", "Add a product"),
            EmptyLabel = new("Aucun produit", "No products yet"),
            SearchHint = new("Référence ou nom", "Reference or name"),
            ApiSingular = new("un produit", "a product"),
            Blocks =
            [
                new BlockDefinition { Key = Details, Label = new("Détails du produit", "Product details"), Position = 0 },
                new BlockDefinition { Key = DescriptionBlock, Label = new("Description", "Description"), Position = 1 },
            ],
            Fields = fields.Fields,
            BeforeSave = record =>
            {
                var product = (Product)record;
                product.Code = product.Code.Trim();
                product.NameKey = SearchKey.Fold(product.Name);
            },
        };
    }
}
