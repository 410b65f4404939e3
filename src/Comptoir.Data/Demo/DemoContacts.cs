using Comptoir.Data.Contacts;

namespace Comptoir.Data.Demo;

/// <summary>
/// The people of the demo's accounts: one to three by the company's size, the first its head and the others
/// reporting to them (« Supérieur hiérarchique »), assigned like their account and saved through the contact
/// store like a user's input. Names come from a seeded random: the same people on every machine.
/// </summary>
public static class DemoContacts
{
    private static readonly (string Name, bool Female)[] FirstNames =
    [
        ("Camille", true), ("Nathalie", true), ("Isabelle", true), ("Sandrine", true), ("Julie", true), ("Céline", true),
        ("Émilie", true), ("Claire", true), ("Hélène", true), ("Aurélie", true), ("Valérie", true), ("Chloé", true),
        ("Léa", true), ("Manon", true), ("Agnès", true), ("Thomas", false), ("Nicolas", false), ("Julien", false),
        ("Pierre", false), ("François", false), ("Laurent", false), ("Olivier", false), ("Sébastien", false),
        ("Antoine", false), ("Mathieu", false), ("Guillaume", false), ("Éric", false), ("Philippe", false),
        ("Jérôme", false), ("Hugo", false), ("Jean-Marc", false),
    ];

    private static readonly string[] LastNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
        "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
        "André", "Mercier", "Dupont", "Lambert", "Bonnet", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin",
        "Muller", "Henry", "Perrin", "Morin", "Clément", "Gauthier", "Dumont", "Fontaine", "Robin", "Masson", "Lemaire",
    ];

    private static readonly (string Male, string Female, string Department)[] HeadTitles =
    [
        ("Gérant", "Gérante", "Direction"),
        ("Directeur général", "Directrice générale", "Direction"),
        ("Président", "Présidente", "Direction"),
    ];

    private static readonly (string Male, string Female, string Department)[] StaffTitles =
    [
        ("Responsable des achats", "Responsable des achats", "Achats"),
        ("Comptable", "Comptable", "Comptabilité"),
        ("Assistant commercial", "Assistante commerciale", "Commercial"),
        ("Responsable administratif et financier", "Responsable administrative et financière", "Administration"),
        ("Responsable logistique", "Responsable logistique", "Logistique"),
    ];

    // French mobiles 064 to 068: every block there is allocated (063 9 and 069 0 are not, and libphonenumber refuses them).
    private static string Mobile(Random random) =>
        $"06 {random.Next(40, 89)} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)}";

    /// <summary>People per account: a small business shows its head, a larger one its buyers or accountants too.</summary>
    public static int CountFor(DemoAccount demo) => demo.Employees >= 200 ? 3 : demo.Employees >= 20 ? 2 : 1;

    /// <summary>Creates the account's contacts; returns their ids, its head first.</summary>
    public static async Task<List<long>> SeedAsync(ContactStore store, UserContext admin, DemoAccount demo, Account account, OwnerRef owner,
        Random random, CancellationToken ct)
    {
        var ids = new List<long>();
        var domain = DemoData.DomainOf(demo);
        var firstStaffTitle = random.Next(StaffTitles.Length);
        for (var i = 0; i < CountFor(demo); i++)
        {
            var (first, female) = FirstNames[random.Next(FirstNames.Length)];
            var last = LastNames[random.Next(LastNames.Length)];
            var (male, feminine, department) = i == 0
                ? HeadTitles[random.Next(HeadTitles.Length)]
                : StaffTitles[(firstStaffTitle + i - 1) % StaffTitles.Length];
            var input = new RecordInput();
            input.Set("salutation", female ? "mrs" : "mr");
            input.Set("firstName", first);
            input.Set("lastName", last);
            input.Set("account", account.Id.ToString(CultureInfo.InvariantCulture));
            input.Set("title", female ? feminine : male);
            input.Set("department", department);
            input.Set("email", $"{DemoData.Slug(first)}.{DemoData.Slug(last)}@{domain}");
            input.Set("phone", DemoData.FixedLine(demo.City.AreaCode, random));
            if (random.Next(3) > 0) input.Set("mobile", Mobile(random));
            if (i > 0) input.Set("reportsTo", ids[0].ToString(CultureInfo.InvariantCulture));
            if (demo.DoNotEmail) input.Set("doNotEmail", "true");
            input.Set("assignedTo", owner.ToString());
            input.Set("mailingStreet", account.BillingStreet);
            input.Set("mailingPostalCode", account.BillingPostalCode);
            input.Set("mailingCity", account.BillingCity);
            input.Set("mailingState", account.BillingState);
            input.Set("mailingCountry", account.BillingCountry);
            ids.Add(DemoData.Saved(await store.CreateAsync(admin, input, ct), $"{first} {last}").Id);
        }
        return ids;
    }
}
