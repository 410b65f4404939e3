using Comptoir.Web.Features.Imports;

namespace Comptoir.Web.Features.Accounts;

/// <summary>The column names of a KAFINEA/vtiger accounts export (French and English), for the import's mapping.</summary>
public static class AccountImportAliases
{
    public static ImportAliases Create()
    {
        var byField = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["name"] = ["Nom du compte", "Nom", "Raison sociale", "Société", "Account Name", "Account", "Company"],
            ["phone"] = ["Téléphone", "Tél", "Phone", "Office Phone"],
            ["otherPhone"] = ["Autre téléphone", "Other Phone"],
            ["email"] = ["E-mail", "Courriel", "Email", "Email Address"],
            ["otherEmail"] = ["Autre e-mail", "Other Email"],
            ["website"] = ["Site web", "Site internet", "Website", "Web Site"],
            ["industry"] = ["Secteur d'activité", "Industry"],
            ["accountType"] = ["Type", "Type de compte", "Account Type"],
            ["employees"] = ["Employés", "Effectif", "Employees"],
            ["annualRevenue"] = ["Chiffre d'affaires", "CA", "Annual Revenue"],
            ["parentAccount"] = ["Membre de", "Compte parent", "Member Of", "Parent Account"],
            ["doNotEmail"] = ["Refus e-mail", "Email Opt Out"],
            ["assignedTo"] = ["Assigné à", "Attribué à", "Assigned To"],
            ["vatNumber"] = ["N° TVA", "TVA intracommunautaire", "VAT Number"],
            ["apeCode"] = ["Code APE", "Code NAF", "APE Code"],
        };
        foreach (var (prefix, fr, en) in new[] { ("billing", "facturation", "Billing"), ("shipping", "livraison", "Shipping") })
        {
            byField[prefix + "Street"] = [$"Adresse ({fr})", $"Adresse de {fr}", $"{en} Address", $"{en} Street"];
            byField[prefix + "PoBox"] = [$"BP ({fr})", $"{en} Po Box", $"{en} PO Box"];
            byField[prefix + "PostalCode"] = [$"CP ({fr})", $"{en} Code", $"{en} Postal Code", $"{en} Zip"];
            byField[prefix + "City"] = [$"{en} City"];
            byField[prefix + "State"] = [$"Région ({fr})", $"{en} State"];
            byField[prefix + "Country"] = [$"{en} Country"];
        }
        return new ImportAliases(byField);
    }
}
