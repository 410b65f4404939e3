using Comptoir.Core.Accounts;
using static Comptoir.Core.FieldTypes.FieldTypeCatalog;

namespace Comptoir.Core.Contacts;

/// <summary>The « Contacts » module: the people of the accounts, reshaped by the layout manager like any module.</summary>
public static class ContactsModule
{
    public const string Name = "contacts";
    public const string Details = "details", Address = "address", DescriptionBlock = "description";
    /// <summary>The read-only title field (« Prénom Nom »), derived on save; never typed, so forms leave it out.</summary>
    public const string FullNameField = "fullName";

    public static IReadOnlyList<PicklistValue> Salutations { get; } =
    [
        new("mr", new("M.", "Mr.")),
        new("mrs", new("Mme", "Mrs.")),
        new("dr", new("Dr", "Dr.")),
        new("prof", new("Pr", "Prof.")),
        new("me", new("Me", "Maître")),
    ];

    public static ModuleDefinition Create()
    {
        var fields = new FieldListBuilder();

        fields.Add("salutation", "Civilité", "Salutation", Picklist, Details, picklist: Salutations, quick: true);
        fields.Add("firstName", "Prénom", "First name", Text, Details, max: 60, quick: true);
        fields.Add("lastName", "Nom", "Last name", Text, Details, max: 80, mandatory: true, locked: true, quick: true);
        fields.Add(FullNameField, "Nom complet", "Full name", Text, Details, readOnly: true, list: 1, sortColumn: "NameKey");
        fields.Add("number", "N° de contact", "Contact number", Text, Details, readOnly: true, locked: true, summary: true);
        fields.Add("account", "Compte client", "Account", Reference, Details, column: "AccountId", reference: AccountsModule.Name,
            summary: true, list: 2, quick: true);
        fields.Add("title", "Fonction", "Title", Text, Details, max: 100, summary: true);
        fields.Add("department", "Service", "Department", Text, Details, max: 100);
        fields.Add("email", "Email", "Email", Email, Details, max: 100, summary: true, list: 3, quick: true);
        fields.Add("otherEmail", "Autre email", "Other email", Email, Details, max: 100);
        fields.Add("phone", "Téléphone", "Phone", Phone, Details, summary: true, list: 4, quick: true);
        fields.Add("mobile", "Mobile", "Mobile", Phone, Details, summary: true);
        fields.Add("reportsTo", "Supérieur hiérarchique", "Reports to", Reference, Details, column: "ReportsToId", reference: Name);
        fields.Add("birthday", "Date de naissance", "Birthday", Date, Details);
        fields.Add("doNotEmail", "Ne pas envoyer d'email", "Do not email", Checkbox, Details);
        fields.Add("assignedTo", "Assigné à", "Assigned to", Owner, Details, column: "AssignedTo", mandatory: true, locked: true,
            summary: true, list: 5, quick: true, sortColumn: "AssigneeName");

        foreach (var (prefix, fr, en) in new[] { ("mailing", "principale", "mailing"), ("other", "autre", "other") })
        {
            fields.Add(prefix + "Street", $"Rue ({fr})", $"Street ({en})", TextArea, Address, max: 250);
            fields.Add(prefix + "PoBox", $"Boîte postale ({fr})", $"PO box ({en})", Text, Address, max: 30);
            fields.Add(prefix + "PostalCode", $"Code postal ({fr})", $"Postal code ({en})", Text, Address, max: 30);
            fields.Add(prefix + "City", $"Ville ({fr})", $"City ({en})", Text, Address, max: 100, summary: prefix == "mailing");
            fields.Add(prefix + "State", $"Département/État ({fr})", $"State ({en})", Text, Address, max: 100);
            fields.Add(prefix + "Country", $"Pays ({fr})", $"Country ({en})", Text, Address, max: 100);
        }

        fields.Add("description", "Description", "Description", TextArea, DescriptionBlock, max: 10_000);

        return new ModuleDefinition
        {
            Name = Name,
            Label = new("Contacts", "Contacts"),
            SingularLabel = new("Contact", "Contact"),
            Texts = new()
            {
                Add = new("Ajouter un contact", "Add a contact"),
                None = new("Aucun contact", "No contacts yet"),
                SearchHint = new("Nom, numéro ou email", "Name, number or email"),
                NoFilterMatch = new("Aucun contact ne correspond à ces filtres.", "No contact matches these filters."),
                SeeAll = new("Voir tous les contacts", "See all contacts"),
                Created = new("Contact « {0} » créé ({1}).", "Contact “{0}” created ({1})."),
                Changed = new("Ce contact a été modifié par quelqu'un d'autre pendant votre saisie. Vos valeurs sont conservées ci-dessous : vérifiez-les puis enregistrez à nouveau.",
                    "Someone else changed this contact while you were editing it. Your values are kept below: check them, then save again."),
                Tabs = new("Onglets du contact", "Contact tabs"),
                DeleteQuestion = new("Supprimer ce contact ?", "Delete this contact?"),
                DeleteNotice = new("Le contact « {0} » ({1}) sera placé dans la corbeille : vous pourrez le restaurer, avec ses liens, tant qu'elle n'a pas été vidée.",
                    "The contact “{0}” ({1}) will be moved to the recycle bin: you can restore it, with its links, until the bin is emptied."),
                Deleted = new("Contact « {0} » supprimé.", "Contact “{0}” deleted."),
            },
            HasSummary = true,
            ListFilters = true,
            RecordType = typeof(Contact),
            NumberPrefix = "CON",
            TitleField = FullNameField,
            SearchFields = ["firstName", "lastName", "number", "email", "otherEmail", "phone", "mobile", "mailingCity"],
            GlobalSearch = true,
            Duplicates = new()
            {
                Fields = ["firstName", "lastName", "account", "email", "otherEmail", "phone", "mobile", "title"],
                Proposed = [["email"], ["firstName", "lastName", "account"]],
                Panel = [["email"], ["firstName", "lastName", "account"], ["phone"], ["mobile"]],
            },
            AddLabel = new("Ajouter un contact", "Add a contact"),
            EmptyLabel = new("Aucun contact", "No contacts yet"),
            SearchHint = new("Nom, numéro ou email", "Name, number or email"),
            ApiSingular = new("un contact", "a contact"),
            Blocks =
            [
                new BlockDefinition { Key = Details, Label = new("Informations du contact", "Contact information"), Position = 0 },
                new BlockDefinition { Key = Address, Label = new("Adresse", "Address"), Position = 1 },
                new BlockDefinition { Key = DescriptionBlock, Label = new("Description", "Description"), Position = 2 },
            ],
            Fields = fields.Fields,
            AddressCopies =
            [
                new AddressCopy("mailing", "other", new("Copier l'adresse principale", "Copy mailing address")),
                new AddressCopy("other", "mailing", new("Copier l'autre adresse", "Copy other address")),
            ],
            BeforeSave = record => SetNames((Contact)record),
        };
    }

    /// <summary>Full name as people write it; the key by last name first, as a directory sorts.</summary>
    public static void SetNames(Contact contact)
    {
        contact.FirstName = contact.FirstName.Trim();
        contact.LastName = contact.LastName.Trim();
        contact.FullName = contact.FirstName.Length == 0 ? contact.LastName : $"{contact.FirstName} {contact.LastName}";
        contact.NameKey = SearchKey.Fold(contact.FirstName.Length == 0 ? contact.LastName : $"{contact.LastName} {contact.FirstName}");
    }
}
