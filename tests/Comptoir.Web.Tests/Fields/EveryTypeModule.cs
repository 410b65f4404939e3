using Comptoir.Core.Accounting;
using Comptoir.Core.Accounts;
using Comptoir.Core.FieldTypes;
using Comptoir.Core.Localization;
using Comptoir.Core.Metadata;
using Comptoir.Core.Pricing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Web.Tests.Fields;

/// <summary>
/// « Comptes clients » with one custom field of every type the layout manager offers, in a custom
/// block, as an administrator would have added them; values live in the account's CustomData.
/// </summary>
internal static class EveryTypeModule
{
    public const string Block = "cf_block";

    public static readonly PicklistValue[] Levels =
    [
        new("bronze", new("Bronze", "Bronze")), new("argent", new("Argent", "Silver")), new("or", new("Or", "Gold")),
        new("platine", new("Platine", "Platinum"), Retired: true),
    ];

    public static readonly PicklistValue[] Interests =
    [
        new("bio", new("Produits bio", "Organic")), new("local", new("Circuits courts", "Local sourcing")),
        new("vegan", new("Végétalien", "Vegan")), new("fax", new("Télécopie", "Fax"), Retired: true),
    ];

    public static ModuleDefinition Create()
    {
        var accounts = AccountsModule.Create();
        var position = 0;
        FieldDefinition Custom(string key, string fr, string en, FieldType type) => new()
        {
            Key = key, Label = new(fr, en), Type = type, Block = Block, Position = position++, Storage = FieldStorage.Custom,
        };
        FieldDefinition[] custom =
        [
            Custom("cf_texte", "Code fidélité", "Loyalty code", Text) with
            {
                MaxLength = 30, HelpText = new("Imprimé sur la carte du client.", "Printed on the customer's card."),
            },
            Custom("cf_zone", "Consignes de livraison", "Delivery notes", TextArea) with { MaxLength = 500 },
            Custom("cf_entier", "Nombre de magasins", "Number of shops", Integer) with { ListColumn = true, ListPosition = 6 },
            Custom("cf_decimal", "Coefficient", "Coefficient", FieldTypeCatalog.Decimal) with { Decimals = 4 },
            Custom("cf_pourcentage", "Remise", "Discount", Percent) with { ListColumn = true, ListPosition = 7 },
            Custom("cf_montant", "Encours autorisé", "Credit limit", Currency),
            Custom("cf_date", "Client depuis", "Customer since", Date),
            Custom("cf_rappel", "Rappel le", "Call back on", DateAndTime),
            Custom("cf_heure", "Heure d'ouverture", "Opening time", Time) with { ListColumn = true, ListPosition = 8 },
            Custom("cf_actif", "Client fidèle", "Loyal customer", Checkbox),
            Custom("cf_email", "Email de facturation", "Billing email", Email) with { MaxLength = 100 },
            Custom("cf_telephone", "Téléphone du magasin", "Shop phone", Phone),
            Custom("cf_site", "Boutique en ligne", "Online shop", Url) with { MaxLength = 255 },
            Custom("cf_niveau", "Niveau", "Tier", Picklist) with { PicklistValues = Levels, ListColumn = true, ListPosition = 9 },
            Custom("cf_interets", "Centres d'intérêt", "Interests", MultiPicklist) with { PicklistValues = Interests },
            Custom("cf_parrain", "Parrain", "Sponsor", Reference) with { ReferenceModule = AccountsModule.Name },
        ];
        return accounts with
        {
            Blocks = [.. accounts.Blocks, new BlockDefinition
            {
                Key = Block, Label = new LocalizedText("Champs personnalisés", "Custom fields"), Position = 100, Custom = true,
            }],
            Fields = [.. accounts.Fields, .. custom],
        };
    }

    /// <summary>The keys of the custom fields, in form order.</summary>
    public static IReadOnlyList<string> Keys { get; } = Create().Fields.Where(f => f.Storage.IsCustom).Select(f => f.Key).ToList();

    /// <summary>Replaces the app's registry with <paramref name="registry"/> (a plain services.Replace, whatever the app registers).</summary>
    public static Action<IServiceCollection> Use(TestRegistry registry) =>
        services => services.Replace(ServiceDescriptor.Singleton<IModuleRegistry>(registry));
}

/// <summary>A registry a test can change while the app runs, as an administrator's layout change would.</summary>
internal sealed class TestRegistry : IModuleRegistry
{
    private IReadOnlyList<ModuleDefinition> _modules =
        [EveryTypeModule.Create(), LedgerAccountsModule.Create(), ProductsModule.Create(), PriceListsModule.Create()];

    public IReadOnlyList<ModuleDefinition> Modules => Volatile.Read(ref _modules);

    public ModuleDefinition? Find(string name) =>
        Modules.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Rewrites one field of one module, e.g. to retire a picklist value.</summary>
    public void Change(string module, string key, Func<FieldDefinition, FieldDefinition> change) =>
        Volatile.Write(ref _modules, Modules.Select(m => m.Name != module ? m : m with
        {
            Fields = m.Fields.Select(f => f.Key == key ? change(f) : f).ToList(),
        }).ToList());
}
