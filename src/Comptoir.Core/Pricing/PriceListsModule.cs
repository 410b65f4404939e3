using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Pricing;

/// <summary>« Grilles tarifaires »: the list's details and its lines (product, strategy, brackets), one registry field.</summary>
public static class PriceListsModule
{
    public const string Name = "price-lists";
    public const string Details = "details", LinesBlock = "lines", DescriptionBlock = "description";

    public static IReadOnlyList<PicklistValue> Currencies { get; } =
    [
        new("EUR", new("Euro (EUR)", "Euro (EUR)")),
        new("CHF", new("Franc suisse (CHF)", "Swiss franc (CHF)")),
        new("USD", new("Dollar américain (USD)", "US dollar (USD)")),
        new("GBP", new("Livre sterling (GBP)", "Pound sterling (GBP)")),
    ];

    public static ModuleDefinition Create()
    {
        var fields = new FieldListBuilder();
        fields.Add("name", "Nom", "Name", Text, Details, max: 100, mandatory: true, locked: true, list: 1, quick: true, sortColumn: "NameKey");
        fields.Add("currency", "Devise", "Currency", Picklist, Details, mandatory: true, list: 2, quick: true, summary: true,
            picklist: Currencies, defaultValue: "EUR");
        fields.Add("validFrom", "Valide du", "Valid from", Date, Details, list: 3, quick: true, summary: true);
        fields.Add("validTo", "Valide au", "Valid to", Date, Details, list: 4, quick: true, summary: true);
        fields.Add("active", "Active", "Active", Checkbox, Details, quick: true, summary: true, defaultValue: "true");
        fields.Add("lines", "Lignes", "Lines", PriceLinesFieldType.Instance, LinesBlock,
            help: new("Par produit : une stratégie et des tranches de quantité (prix unitaire ou remise sur le prix catalogue). Un produit sans ligne garde son prix catalogue.",
                "Per product: a strategy and quantity brackets (unit price or discount on the catalogue price). A product without a line keeps its catalogue price."));
        fields.Add("description", "Description", "Description", TextArea, DescriptionBlock, max: 10_000);

        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Grilles tarifaires", "Price lists"),
            SingularLabel = new("Grille tarifaire", "Price list"),
            Texts = new()
            {
                Add = new("Ajouter une grille tarifaire", "Add a price list"),
                None = new("Aucune grille tarifaire", "No price lists yet"),
            },
            RecordType = typeof(PriceList),
            TitleField = "name",
            SearchFields = ["name"],
            AddLabel = new("Ajouter une grille tarifaire", "Add a price list"),
            EmptyLabel = new("Aucune grille tarifaire", "No price lists yet"),
            ApiSingular = new("une grille tarifaire", "a price list"),
            Blocks =
            [
                new BlockDefinition { Key = Details, Label = new("Détails de la grille", "Price list details"), Position = 0 },
                new BlockDefinition { Key = LinesBlock, Label = new("Lignes de la grille", "Price list lines"), Position = 1 },
                new BlockDefinition { Key = DescriptionBlock, Label = new("Description", "Description"), Position = 2 },
            ],
            Fields = fields.Fields,
            BeforeSave = record => ((PriceList)record).NameKey = SearchKey.Fold(((PriceList)record).Name),
        };
    }
}
