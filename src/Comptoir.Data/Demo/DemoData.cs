using System.Security.Cryptography;
using Comptoir.Core.Teams;
using Comptoir.Core.Validation;
using Comptoir.Data.Accounts;
using Comptoir.Data.Contacts;
using Comptoir.Data.Pricing;
using Comptoir.Data.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Comptoir.Data.Demo;

/// <summary>
/// Realistic French demo data for a fresh database (COMPTOIR_SEED_DEMO=1 or --seed-demo): three sales
/// people, a team, a small catalogue with price lists (<see cref="DemoCatalogue"/>), forty accounts (each
/// with its generated ledger account), their contacts (<see cref="DemoContacts"/>) and a few weeks of
/// changes (<see cref="DemoHistory"/>), saved through the stores so that validation, numbering, code
/// generation and history apply exactly as for a user.
/// </summary>
public static class DemoData
{
    public const string TeamName = "Commerciaux Île-de-France";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Email)> Users =
    [
        ("marie", "Marie Lefèvre", "marie.lefevre@comptoir.example"),
        ("paul", "Paul Martin", "paul.martin@comptoir.example"),
        ("sophie", "Sophie Bernard", "sophie.bernard@comptoir.example"),
    ];

    /// <param name="password">The demo users' password (COMPTOIR_DEMO_PASSWORD); null: generated and printed once.</param>
    public static async Task SeedAsync(IServiceProvider services, string? password = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Comptoir.Demo");
        // Demo data is for trying Comptoir out: never mixed into a database already in use.
        if (await db.Accounts.IgnoreQueryFilters().AnyAsync(ct))
        {
            logger.LogInformation("Demo data skipped: the database already holds accounts.");
            return;
        }

        var generated = string.IsNullOrEmpty(password);
        if (generated) password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');

        var userIds = new List<int>();
        var userManager = provider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (userName, displayName, email) in Users)
            userIds.Add(await EnsureUserAsync(userManager, userName, displayName, email, password!));

        var team = await db.Teams.FirstOrDefaultAsync(t => t.Name == TeamName, ct);
        if (team is null)
        {
            var now = DateTime.UtcNow;
            team = new Team
            {
                Name = TeamName, Description = "Paris et petite couronne.", Version = 1, CreatedAt = now, UpdatedAt = now,
                Members = [new TeamMember { UserId = userIds[0] }, new TeamMember { UserId = userIds[1] }],
            };
            db.Teams.Add(team);
            await db.SaveChangesAsync(ct);
        }

        var admin = await db.Users.AsNoTracking().Where(u => u.UserName == DatabaseSetup.AdminUserName)
            .Select(u => new UserContext(u.Id, u.DisplayName, true, Array.Empty<int>())).FirstAsync(ct);
        OwnerRef[] owners =
        [
            new(OwnerKind.User, userIds[0]), new(OwnerKind.User, userIds[1]), new(OwnerKind.User, userIds[2]),
            new(OwnerKind.Team, team.Id), new(OwnerKind.User, admin.UserId),
        ];
        var priceLists = await DemoCatalogue.SeedAsync(provider.GetRequiredService<ProductStore>(), provider.GetRequiredService<PriceListStore>(), admin, ct);
        var store = provider.GetRequiredService<AccountStore>();
        var contactStore = provider.GetRequiredService<ContactStore>();
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var contacts = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        var random = new Random(2026); // the same demo on every machine
        var people = new Random(2027); // the contacts' own, so that adding them left the accounts as they were
        for (var i = 0; i < DemoAccounts.All.Count; i++)
        {
            var demo = DemoAccounts.All[i];
            var owner = owners[i % owners.Length];
            var input = Input(demo, owner, random);
            if (demo.Parent is not null) input.Set("parentAccount", ids[demo.Parent].ToString(CultureInfo.InvariantCulture));
            var list = demo.Name.Contains("Lefèvre", StringComparison.Ordinal) ? DemoCatalogue.GroupList
                : demo.Type == "reseller" ? DemoCatalogue.ResellerList : null;
            if (list is not null) input.Set("priceList", priceLists[list].ToString(CultureInfo.InvariantCulture));
            var account = Saved(await store.CreateAsync(admin, input, ct), demo.Name);
            ids[demo.Name] = account.Id;
            contacts[demo.Name] = await DemoContacts.SeedAsync(contactStore, admin, demo, account, owner, people, ct);
        }

        var acting = new Dictionary<string, UserContext>(StringComparer.Ordinal) { [DatabaseSetup.AdminUserName] = admin };
        for (var i = 0; i < Users.Count; i++)
            acting[Users[i].UserName] = new UserContext(userIds[i], Users[i].DisplayName, false, i < 2 ? [team.Id] : []);
        await DemoHistory.PlayAsync(provider, acting, ids, contacts, ct);

        Console.WriteLine();
        Console.WriteLine($"=== Comptoir : données de démonstration créées ({DemoAccounts.All.Count} comptes clients, {contacts.Values.Sum(c => c.Count)} contacts, {priceLists.Count} grilles tarifaires) ===");
        Console.WriteLine($"    utilisateurs : {string.Join(", ", Users.Select(u => u.UserName))}");
        // Printed once, on the console only, like the administrator's.
        if (generated) Console.WriteLine($"    mot de passe : {password}");
        Console.WriteLine();
    }

    private static async Task<int> EnsureUserAsync(UserManager<AppUser> users, string userName, string displayName, string email, string password)
    {
        if (await users.FindByNameAsync(userName) is { } existing) return existing.Id;
        var user = new AppUser
        {
            UserName = userName, DisplayName = displayName, Email = email, IsActive = true,
            CreatedAt = DateTime.UtcNow, LockoutEnabled = true, Version = 1,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Cannot create demo user {userName}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        return user.Id;
    }

    /// <summary>The form a user would have filled in for this company.</summary>
    private static RecordInput Input(DemoAccount demo, OwnerRef owner, Random random)
    {
        var city = demo.City;
        var input = new RecordInput();
        void Set(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value)) input.Set(key, value);
        }

        var domain = DomainOf(demo);
        Set("name", demo.Name);
        Set("accountType", demo.Type);
        Set("industry", demo.Industry);
        Set("phone", FixedLine(city.AreaCode, random));
        if (random.Next(3) == 0) Set("otherPhone", Mobile(random));
        Set("email", "contact@" + domain);
        if (random.Next(4) == 0) Set("otherEmail", "compta@" + domain);
        Set("website", "https://www." + domain);
        Set("siret", NewSiret(random));
        Set("employees", demo.Employees.ToString(CultureInfo.InvariantCulture));
        Set("annualRevenue", (demo.Employees * random.Next(60, 180) * 1000m).ToString(CultureInfo.InvariantCulture));
        Set("apeCode", demo.Ape);
        if (demo.DoNotEmail) Set("doNotEmail", "true");
        Set("assignedTo", owner.ToString());

        var street = Streets[random.Next(Streets.Length)];
        Set("billingStreet", $"{random.Next(1, 120)} {street}");
        if (random.Next(5) == 0) Set("billingPoBox", $"BP {random.Next(10, 999)}");
        Set("billingPostalCode", city.PostalCode);
        Set("billingCity", city.Name);
        Set("billingState", city.Department);
        Set("billingCountry", "France");
        var shipping = demo.ShippingCity ?? city;
        Set("shippingStreet", demo.ShippingCity is null ? $"{random.Next(1, 120)} {street}" : $"ZA des Prés, {random.Next(1, 40)} rue Ampère");
        Set("shippingPostalCode", shipping.PostalCode);
        Set("shippingCity", shipping.Name);
        Set("shippingState", shipping.Department);
        Set("shippingCountry", "France");
        Set("description", demo.Description);
        return input;
    }

    private static readonly string[] Streets =
    [
        "rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "place du Marché", "rue Nationale",
        "avenue de la Libération", "rue Pasteur", "rue du Général de Gaulle", "quai des Chartrons", "rue des Tanneurs",
        "allée des Tilleuls", "chemin du Moulin", "rue Gambetta", "cours Mirabeau", "rue Sainte-Catherine",
    ];

    /// <summary>A SIRET that passes the checks: SIREN = 8 digits + Luhn key, then NIC = 4 digits + the key completing the 14.</summary>
    public static string NewSiret(Random random)
    {
        string siren;
        do siren = WithLuhnKey(random.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture));
        while (siren.StartsWith("356000000", StringComparison.Ordinal)); // La Poste follows another rule
        return WithLuhnKey(siren + "000" + random.Next(1, 10).ToString(CultureInfo.InvariantCulture));
    }

    private static string WithLuhnKey(string digits)
    {
        for (var key = 0; key <= 9; key++)
        {
            var candidate = digits + key.ToString(CultureInfo.InvariantCulture);
            if (Luhn.IsValid(candidate)) return candidate;
        }
        throw new InvalidOperationException("No Luhn key for " + digits);
    }

    /// <summary>The record a demo save gave; a refusal is a bug in the demo, said with the field errors.</summary>
    internal static T Saved<T>(SaveOutcome<T> outcome, string what) where T : class =>
        outcome.Status == SaveStatus.Saved ? outcome.Record!
            : throw new InvalidOperationException($"Demo record « {what} » refused ({outcome.Status}): " +
                string.Join("; ", outcome.Validation?.Errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}") ?? []));

    /// <summary>The company's web domain: its website, and its people's email addresses.</summary>
    internal static string DomainOf(DemoAccount demo) => demo.Domain ?? Slug(demo.Name) + ".fr";

    // French fixed lines: 0 + area digit + 8 digits; the second digit is never 0 (unallocated blocks).
    internal static string FixedLine(char area, Random random) =>
        $"0{area} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)}";

    private static string Mobile(Random random) =>
        $"06 {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)} {random.Next(10, 100)}";

    internal static string Slug(string name)
    {
        var folded = SearchKey.Fold(name);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
