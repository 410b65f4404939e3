namespace Comptoir.Core.Accounts;

/// <summary>Default values of the « Type » and « Secteur » picklists; codes are stable, labels may be renamed.</summary>
public static class AccountPicklists
{
    public static IReadOnlyList<PicklistValue> Types { get; } =
    [
        new("customer", new("Client", "Customer")),
        new("prospect", new("Prospect", "Prospect")),
        new("partner", new("Partenaire", "Partner")),
        new("reseller", new("Revendeur", "Reseller")),
        new("competitor", new("Concurrent", "Competitor")),
        new("integrator", new("Intégrateur", "Integrator")),
        new("investor", new("Investisseur", "Investor")),
        new("analyst", new("Analyste", "Analyst")),
        new("press", new("Presse", "Press")),
        new("other", new("Autre", "Other")),
    ];

    public static IReadOnlyList<PicklistValue> Industries { get; } =
    [
        new("food", new("Agroalimentaire", "Food & Beverage")),
        new("apparel", new("Habillement", "Apparel")),
        new("banking", new("Banque", "Banking")),
        new("construction", new("BTP", "Construction")),
        new("chemicals", new("Chimie", "Chemicals")),
        new("communications", new("Communication", "Communications")),
        new("consulting", new("Conseil", "Consulting")),
        new("retail", new("Distribution", "Retail")),
        new("education", new("Éducation", "Education")),
        new("electronics", new("Électronique", "Electronics")),
        new("energy", new("Énergie", "Energy")),
        new("engineering", new("Ingénierie", "Engineering")),
        new("entertainment", new("Loisirs", "Entertainment")),
        new("environmental", new("Environnement", "Environmental")),
        new("finance", new("Finance", "Finance")),
        new("government", new("Secteur public", "Government")),
        new("healthcare", new("Santé", "Healthcare")),
        new("hospitality", new("Hôtellerie", "Hospitality")),
        new("insurance", new("Assurance", "Insurance")),
        new("machinery", new("Industrie", "Machinery")),
        new("manufacturing", new("Fabrication", "Manufacturing")),
        new("media", new("Médias", "Media")),
        new("not-for-profit", new("Associatif", "Not for profit")),
        new("recreation", new("Sport", "Recreation")),
        new("shipping", new("Logistique", "Shipping")),
        new("technology", new("Informatique", "Technology")),
        new("telecommunications", new("Télécommunications", "Telecommunications")),
        new("transportation", new("Transport", "Transportation")),
        new("utilities", new("Services publics", "Utilities")),
        new("other", new("Autre", "Other")),
    ];
}
