using Comptoir.Web.Features.Imports;

namespace Comptoir.Web.Features.Contacts;

/// <summary>The column names of a KAFINEA/vtiger contacts export (French and English), for the import's mapping.</summary>
public static class ContactImportAliases
{
    public static ImportAliases Create()
    {
        var byField = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["salutation"] = ["Civilité", "Salutation"],
            ["firstName"] = ["Prénom", "First Name"],
            ["lastName"] = ["Nom", "Nom de famille", "Last Name"],
            ["account"] = ["Nom du compte", "Compte", "Société", "Account Name", "Organization Name", "Company"],
            ["title"] = ["Fonction", "Poste", "Title"],
            ["department"] = ["Service", "Département", "Department"],
            ["email"] = ["E-mail", "Courriel", "Email", "Primary Email"],
            ["otherEmail"] = ["Autre e-mail", "Secondary Email", "Other Email"],
            ["phone"] = ["Téléphone", "Tél", "Office Phone", "Phone"],
            ["mobile"] = ["Portable", "Mobile", "Mobile Phone"],
            ["reportsTo"] = ["Rend compte à", "Reports To"],
            ["birthday"] = ["Date de naissance", "Anniversaire", "Birthdate", "Birthday"],
            ["doNotEmail"] = ["Refus e-mail", "Email Opt Out"],
            ["assignedTo"] = ["Assigné à", "Attribué à", "Assigned To"],
        };
        foreach (var (prefix, fr, en) in new[] { ("mailing", "principale", "Mailing"), ("other", "autre", "Other") })
        {
            byField[prefix + "Street"] = [$"Adresse ({fr})", $"{en} Street", $"{en} Address"];
            byField[prefix + "PoBox"] = [$"BP ({fr})", $"{en} Po Box", $"{en} PO Box"];
            byField[prefix + "PostalCode"] = [$"CP ({fr})", $"{en} Zip", $"{en} Postal Code", $"{en} Code"];
            byField[prefix + "City"] = [$"{en} City"];
            byField[prefix + "State"] = [$"{en} State"];
            byField[prefix + "Country"] = [$"{en} Country"];
        }
        return new ImportAliases(byField);
    }
}
