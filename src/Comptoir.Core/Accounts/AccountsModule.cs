using Comptoir.Core.Accounting;
using Comptoir.Core.Pricing;
using Comptoir.Core.Validation;
using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Accounts;

/// <summary>The « Comptes clients » module as the tutorial shows it by default.</summary>
public static class AccountsModule
{
    public const string Name = "accounts";
    public const string Details = "details", Address = "address", AccountingBlock = "accounting", DescriptionBlock = "description";

    public static ModuleDefinition Create()
    {
        var fields = new FieldListBuilder();

        fields.Add("name", "Nom compte", "Account name", Text, Details, max: 100, mandatory: true, locked: true, list: 1, quick: true,
            sortColumn: "NameKey");
        fields.Add("number", "N° de compte", "Account number", Text, Details, readOnly: true, locked: true, summary: true);
        fields.Add("phone", "Téléphone", "Phone", Phone, Details, summary: true, list: 4, quick: true);
        fields.Add("otherPhone", "Autre téléphone", "Other phone", Phone, Details);
        fields.Add("email", "Email", "Email", Email, Details, max: 100, summary: true, quick: true);
        fields.Add("otherEmail", "Autre email", "Other email", Email, Details, max: 100);
        fields.Add("website", "Site Web", "Website", Url, Details, max: 255, summary: true, list: 3);
        fields.Add("industry", "Secteur", "Industry", Picklist, Details, summary: true, picklist: AccountPicklists.Industries);
        fields.Add("accountType", "Type", "Type", Picklist, Details, summary: true, quick: true, picklist: AccountPicklists.Types);
        fields.Add("siret", "SIRET", "SIRET", FieldTypeCatalog.Siret, Details, summary: true,
            help: new("14 chiffres ; les espaces sont acceptés.", "14 digits; spaces are accepted."));
        fields.Add("siren", "SIREN", "SIREN", Text, Details, readOnly: true,
            help: new("Déduit du SIRET.", "Derived from the SIRET."));
        fields.Add("vatNumber", "N° TVA intracommunautaire", "EU VAT number", Text, Details, readOnly: true,
            help: new("Déduit du SIREN.", "Derived from the SIREN."));
        fields.Add("employees", "Effectif", "Employees", Integer, Details);
        fields.Add("annualRevenue", "Chiffre d'affaires annuel", "Annual revenue", Currency, Details);
        fields.Add("apeCode", "Code APE/NAF", "APE/NAF code", Text, Details, max: 10);
        fields.Add("parentAccount", "Compte parent", "Parent account", Reference, Details, column: "ParentAccountId", reference: Name);
        fields.Add("doNotEmail", "Ne pas envoyer d'email", "Do not email", Checkbox, Details);
        fields.Add("assignedTo", "Assigné à", "Assigned to", Owner, Details, column: "AssignedTo", mandatory: true, locked: true,
            summary: true, list: 5, quick: true, sortColumn: "AssigneeName");

        foreach (var (prefix, fr, en) in new[] { ("billing", "facturation", "billing"), ("shipping", "livraison", "shipping") })
        {
            fields.Add(prefix + "Street", $"Rue ({fr})", $"Street ({en})", TextArea, Address, max: 250);
            fields.Add(prefix + "PoBox", $"Boîte postale ({fr})", $"PO box ({en})", Text, Address, max: 30);
            fields.Add(prefix + "PostalCode", $"Code postal ({fr})", $"Postal code ({en})", Text, Address, max: 30);
            fields.Add(prefix + "City", $"Ville ({fr})", $"City ({en})", Text, Address, max: 100,
                summary: prefix == "billing", list: prefix == "billing" ? 2 : 0);
            fields.Add(prefix + "State", $"Département/État ({fr})", $"State ({en})", Text, Address, max: 100);
            fields.Add(prefix + "Country", $"Pays ({fr})", $"Country ({en})", Text, Address, max: 100);
        }

        fields.Add("ledgerAccount", "Comptabilité", "Ledger account", Reference, AccountingBlock, column: "LedgerAccountId",
            reference: LedgerAccountsModule.Name, summary: true,
            help: new("Laissé vide, un compte comptable est créé à l'enregistrement.", "Left empty, a ledger account is created on save."));
        fields.Add("priceList", "Tarification", "Price list", Reference, AccountingBlock, column: "PriceListId",
            reference: PriceListsModule.Name, summary: true,
            help: new("Vide : les prix du catalogue s'appliquent.", "Empty: catalogue prices apply."));

        fields.Add("description", "Description", "Description", TextArea, DescriptionBlock, max: 10_000);

        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Comptes clients", "Accounts"),
            SingularLabel = new("Compte client", "Account"),
            Texts = new()
            {
                Add = new("Ajouter un compte client", "Add an account"),
                None = new("Aucun compte client", "No accounts yet"),
                SearchHint = new("Nom, numéro, SIRET ou email", "Name, number, SIRET or email"),
                NoFilterMatch = new("Aucun compte client ne correspond à ces filtres.", "No account matches these filters."),
                SeeAll = new("Voir tous les comptes clients", "See all accounts"),
                Created = new("Compte client « {0} » créé ({1}).", "Account “{0}” created ({1})."),
                Changed = new("Ce compte a été modifié par quelqu'un d'autre pendant votre saisie. Vos valeurs sont conservées ci-dessous : vérifiez-les puis enregistrez à nouveau.",
                    "Someone else changed this account while you were editing it. Your values are kept below: check them, then save again."),
                Tabs = new("Onglets du compte client", "Account tabs"),
            },
            HasSummary = true,
            ListFilters = true,
            ChartFields = ["accountType", "industry"],
            ChartsCreations = true,
            RecordType = typeof(Account),
            NumberPrefix = "CPT",
            TitleField = "name",
            PickerFields = ["number", "billingCity"],
            SearchFields = ["name", "number", "siret", "email", "otherEmail", "phone", "otherPhone", "billingCity"],
            GlobalSearch = true,
            Duplicates = new()
            {
                Fields = ["name", "siret", "phone", "otherPhone", "email", "otherEmail", "website", "billingCity", "billingPostalCode"],
                Proposed = [["name"], ["siret"]],
                Panel = [["name"], ["siret"], ["phone"], ["email"]],
            },
            MergeKeeps = ["ledgerAccount"],
            AddLabel = new("Ajouter un compte client", "Add an account"),
            EmptyLabel = new("Aucun compte client", "No accounts yet"),
            SearchHint = new("Nom, numéro, SIRET ou email", "Name, number, SIRET or email"),
            ApiSingular = new("un compte client", "an account"),
            Blocks =
            [
                new BlockDefinition { Key = Details, Label = new("Détails du compte", "Account details"), Position = 0 },
                new BlockDefinition { Key = Address, Label = new("Détails de l'adresse", "Address details"), Position = 1 },
                new BlockDefinition { Key = AccountingBlock, Label = new("Comptabilité et tarification", "Accounting and pricing"), Position = 2 },
                new BlockDefinition { Key = DescriptionBlock, Label = new("Description", "Description"), Position = 3 },
            ],
            Fields = fields.Fields,
            AddressCopies =
            [
                new AddressCopy("billing", "shipping", new("Copier l'adresse de facturation", "Copy billing address")),
                new AddressCopy("shipping", "billing", new("Copier l'adresse de livraison", "Copy shipping address")),
            ],
            Derive = DeriveFromSiret,
            BeforeSave = record => ((Account)record).NameKey = SearchKey.Fold(((Account)record).Name),
        };
    }

    /// <summary>SIREN and the FR VAT number follow from the SIRET; they are never typed.</summary>
    private static void DeriveFromSiret(IDictionary<string, object?> values)
    {
        if (!values.TryGetValue("siret", out var value)) return;
        var siren = value is string siret ? Validation.Siret.Siren(siret) : null;
        values["siren"] = siren;
        values["vatNumber"] = siren is null ? null : FrenchVat.FromSiren(siren);
    }
}
