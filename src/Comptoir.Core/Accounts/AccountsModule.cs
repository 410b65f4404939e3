using Comptoir.Core.FieldTypes;
using Comptoir.Core.Localization;
using Comptoir.Core.Metadata;
using Comptoir.Core.Records;
using Comptoir.Core.Validation;
using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Accounts;

/// <summary>The « Comptes clients » module as the tutorial shows it by default.</summary>
public static class AccountsModule
{
    public const string Name = "accounts";
    public const string Details = "details", Address = "address", DescriptionBlock = "description";

    public static ModuleDefinition Create()
    {
        var fields = new List<FieldDefinition>();
        var position = 0;
        void Add(string key, string fr, string en, FieldType type, string block, string? column = null,
                 int? max = null, bool mandatory = false, bool locked = false, bool readOnly = false,
                 bool summary = false, int list = 0, bool quick = false, IReadOnlyList<PicklistValue>? picklist = null,
                 string? reference = null, string? sortColumn = null, LocalizedText? help = null) =>
            fields.Add(new FieldDefinition
            {
                Key = key, Label = new(fr, en), Type = type, Block = block, Position = position++,
                Storage = FieldStorage.InColumn(column ?? char.ToUpperInvariant(key[0]) + key[1..]),
                MaxLength = max, Mandatory = mandatory, MandatoryLocked = locked, ReadOnly = readOnly,
                Summary = summary, ListColumn = list > 0, ListPosition = list, QuickCreate = quick,
                PicklistValues = picklist ?? [], ReferenceModule = reference, SortColumn = sortColumn, HelpText = help,
            });

        Add("name", "Nom compte", "Account name", Text, Details, max: 100, mandatory: true, locked: true, list: 1, quick: true,
            sortColumn: "NameKey");
        Add("number", "N° de compte", "Account number", Text, Details, readOnly: true, summary: true);
        Add("phone", "Téléphone", "Phone", Phone, Details, summary: true, list: 4, quick: true);
        Add("otherPhone", "Autre téléphone", "Other phone", Phone, Details);
        Add("email", "Email", "Email", Email, Details, max: 100, summary: true, quick: true);
        Add("otherEmail", "Autre email", "Other email", Email, Details, max: 100);
        Add("website", "Site Web", "Website", Url, Details, max: 255, summary: true, list: 3);
        Add("industry", "Secteur", "Industry", Picklist, Details, summary: true, picklist: AccountPicklists.Industries);
        Add("accountType", "Type", "Type", Picklist, Details, summary: true, quick: true, picklist: AccountPicklists.Types);
        Add("siret", "SIRET", "SIRET", FieldTypeCatalog.Siret, Details, summary: true,
            help: new("14 chiffres ; les espaces sont acceptés.", "14 digits; spaces are accepted."));
        Add("siren", "SIREN", "SIREN", Text, Details, readOnly: true,
            help: new("Déduit du SIRET.", "Derived from the SIRET."));
        Add("vatNumber", "N° TVA intracommunautaire", "EU VAT number", Text, Details, readOnly: true,
            help: new("Déduit du SIREN.", "Derived from the SIREN."));
        Add("employees", "Effectif", "Employees", Integer, Details);
        Add("annualRevenue", "Chiffre d'affaires annuel", "Annual revenue", Currency, Details);
        Add("apeCode", "Code APE/NAF", "APE/NAF code", Text, Details, max: 10);
        Add("parentAccount", "Compte parent", "Parent account", Reference, Details, column: "ParentAccountId", reference: Name);
        Add("doNotEmail", "Ne pas envoyer d'email", "Do not email", Checkbox, Details);
        Add("assignedTo", "Assigné à", "Assigned to", Owner, Details, column: "AssignedTo", mandatory: true, locked: true,
            summary: true, list: 5, quick: true, sortColumn: "AssigneeName");

        foreach (var (prefix, fr, en) in new[] { ("billing", "facturation", "billing"), ("shipping", "livraison", "shipping") })
        {
            Add(prefix + "Street", $"Rue ({fr})", $"Street ({en})", TextArea, Address, max: 250);
            Add(prefix + "PoBox", $"Boîte postale ({fr})", $"PO box ({en})", Text, Address, max: 30);
            Add(prefix + "PostalCode", $"Code postal ({fr})", $"Postal code ({en})", Text, Address, max: 30);
            Add(prefix + "City", $"Ville ({fr})", $"City ({en})", Text, Address, max: 100,
                summary: prefix == "billing", list: prefix == "billing" ? 2 : 0);
            Add(prefix + "State", $"Département/État ({fr})", $"State ({en})", Text, Address, max: 100);
            Add(prefix + "Country", $"Pays ({fr})", $"Country ({en})", Text, Address, max: 100);
        }

        Add("description", "Description", "Description", TextArea, DescriptionBlock, max: 10_000);

        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Comptes clients", "Accounts"),
            SingularLabel = new("Compte client", "Account"),
            RecordType = typeof(Account),
            NumberPrefix = "CPT",
            TitleField = "name",
            Blocks =
            [
                new BlockDefinition { Key = Details, Label = new("Détails du compte", "Account details"), Position = 0 },
                new BlockDefinition { Key = Address, Label = new("Détails de l'adresse", "Address details"), Position = 1 },
                new BlockDefinition { Key = DescriptionBlock, Label = new("Description", "Description"), Position = 2 },
            ],
            Fields = fields,
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
