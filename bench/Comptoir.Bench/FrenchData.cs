using System.Globalization;
using Comptoir.Core.Accounts;
using Comptoir.Core.Records;

namespace Comptoir.Bench;

/// <summary>Realistic French accounts, deterministic for a seed: names, SIRETs that pass the checksum, real cities and postal codes.</summary>
public sealed class FrenchData(int seed)
{
    private static readonly string[] Trades =
    [
        "Boulangerie", "Garage", "Cabinet", "Société", "Atelier", "Transports", "Pharmacie", "Hôtel", "Restaurant", "Librairie",
        "Menuiserie", "Plomberie", "Agence", "Laboratoire", "Imprimerie", "Fromagerie", "Brasserie", "Clinique", "Électricité", "Studio",
        "Conseil", "Bâtiment", "Domaine", "Maison", "Groupe", "Éditions", "Chaussures", "Optique", "Fleurs", "Informatique",
    ];
    private static readonly string[] Surnames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent",
        "Lefèbvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre",
        "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
        "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez",
        "Fontaine", "Chevalier", "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly",
    ];
    private static readonly string[] Suffixes = ["", "", " & Fils", " SARL", " SAS", " et Associés", " Frères", " SA"];
    private static readonly (string City, string PostalCode, string State)[] Cities =
    [
        ("Paris", "75011", "Paris"), ("Lyon", "69003", "Rhône"), ("Marseille", "13008", "Bouches-du-Rhône"),
        ("Toulouse", "31000", "Haute-Garonne"), ("Nice", "06000", "Alpes-Maritimes"), ("Nantes", "44000", "Loire-Atlantique"),
        ("Strasbourg", "67000", "Bas-Rhin"), ("Montpellier", "34000", "Hérault"), ("Bordeaux", "33000", "Gironde"),
        ("Lille", "59000", "Nord"), ("Rennes", "35000", "Ille-et-Vilaine"), ("Reims", "51100", "Marne"),
        ("Le Havre", "76600", "Seine-Maritime"), ("Saint-Étienne", "42000", "Loire"), ("Toulon", "83000", "Var"),
        ("Grenoble", "38000", "Isère"), ("Dijon", "21000", "Côte-d'Or"), ("Angers", "49000", "Maine-et-Loire"),
        ("Nîmes", "30000", "Gard"), ("Clermont-Ferrand", "63000", "Puy-de-Dôme"), ("Annecy", "74000", "Haute-Savoie"),
        ("Brest", "29200", "Finistère"), ("Tours", "37000", "Indre-et-Loire"), ("Limoges", "87000", "Haute-Vienne"),
    ];
    private static readonly string[] Streets = ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue Nationale", "place de la Mairie", "rue du Commerce", "allée des Tilleuls", "chemin des Vignes"];

    private readonly Random _random = new(seed);

    public Account Next(long index, int ownerId, string ownerName)
    {
        var trade = Trades[_random.Next(Trades.Length)];
        var name = $"{trade} {Surnames[_random.Next(Surnames.Length)]}{Suffixes[_random.Next(Suffixes.Length)]}";
        var (city, postal, state) = Cities[_random.Next(Cities.Length)];
        var siret = Siret();
        var slug = SearchKey.Fold(name).Replace(' ', '-').Replace("&", "et", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        var street = $"{_random.Next(1, 180)} {Streets[_random.Next(Streets.Length)]}";
        return new Account
        {
            Number = $"CPT-{index.ToString("000000", CultureInfo.InvariantCulture)}",
            Name = name,
            NameKey = SearchKey.Fold(name),
            Phone = FixedLine(),
            Email = $"contact{index}@{slug}.fr",
            Website = $"https://www.{slug}.fr",
            Industry = AccountPicklists.Industries[_random.Next(AccountPicklists.Industries.Count)].Code,
            AccountType = AccountPicklists.Types[_random.Next(AccountPicklists.Types.Count)].Code,
            Siret = siret,
            Siren = siret[..9],
            VatNumber = Core.Validation.FrenchVat.FromSiren(siret[..9]),
            Employees = _random.Next(1, 500),
            AssignedUserId = ownerId,
            AssigneeName = ownerName,
            BillingStreet = street, BillingPostalCode = postal, BillingCity = city, BillingState = state, BillingCountry = "France",
            ShippingStreet = street, ShippingPostalCode = postal, ShippingCity = city, ShippingState = state, ShippingCountry = "France",
            Version = 1,
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
            CreatedById = ownerId,
            UpdatedById = ownerId,
        };
    }

    /// <summary>A French fixed line the API accepts: libphonenumber knows which blocks are allocated, so ask it.</summary>
    private string FixedLine()
    {
        while (true)
        {
            var candidate = $"+33{_random.Next(1, 6)}{_random.Next(10000000, 99999999)}";
            if (Core.Validation.PhoneNumber.TryNormalize(candidate, "FR", out var e164)) return e164;
        }
    }

    /// <summary>8 random digits + the Luhn digit make the SIREN; 4 more + one make the whole 14 pass Luhn too.</summary>
    public string Siret()
    {
        var siren = Complete(_random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
        if (siren.StartsWith("356000000", StringComparison.Ordinal)) return Siret(); // La Poste follows another rule
        return Complete(siren + _random.Next(0, 9999).ToString("0000", CultureInfo.InvariantCulture));
    }

    private static string Complete(string digits)
    {
        for (var d = 0; d <= 9; d++)
        {
            var candidate = digits + (char)('0' + d);
            if (Core.Validation.Luhn.IsValid(candidate)) return candidate;
        }
        throw new InvalidOperationException("unreachable");
    }
}
